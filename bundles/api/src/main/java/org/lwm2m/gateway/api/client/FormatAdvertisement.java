package org.lwm2m.gateway.api.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.lwm2m.gateway.api.ContentFormats;

/**
 * What a client's Register and Update say about its content formats in the root link's {@code ct} (LwM2M Core 1.1
 * §6.2.1). Automatic by default: the installed formats beyond the ones every client has (plain text, opaque, CoRE
 * link format), so {@code ct="110 112 11542"}. Some servers refuse a list they do not expect (the Eclipse Wakaama
 * server takes no {@code ct} or one value), so the configuration may name the formats or ask for none.
 *
 * @param automatic whether the installed optional formats are listed
 * @param formats the formats listed when not automatic; empty for no {@code ct} at all
 */
public record FormatAdvertisement(boolean automatic, List<Integer> formats) {

    /** The installed optional formats. */
    public static final FormatAdvertisement AUTOMATIC = new FormatAdvertisement(true, List.of());
    /** No {@code ct} at all. */
    public static final FormatAdvertisement NONE = new FormatAdvertisement(false, List.of());

    /** The formats every LwM2M 1.1 client supports, which {@code ct} does not need to name. */
    private static final Set<Integer> MANDATORY = Set.of(ContentFormats.TEXT, ContentFormats.OPAQUE,
            ContentFormats.LINK);
    public FormatAdvertisement {
        formats = List.copyOf(formats);
        if (automatic && !formats.isEmpty()) {
            throw new IllegalArgumentException("an automatic advertisement names no formats");
        }
    }

    /**
     * Reads the configured values: none, or "auto", is {@link #AUTOMATIC}; "none" is {@link #NONE}; otherwise
     * content-format numbers (0..65535), each value holding one or several separated by spaces or commas.
     *
     * @throws IllegalArgumentException saying which value is not a content format
     */
    public static FormatAdvertisement parse(List<String> values) {
        List<String> words = new ArrayList<>();
        for (String value : values) {
            for (String word : value.trim().split("[\\s,]+")) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (words.isEmpty() || words.equals(List.of("auto"))) {
            return AUTOMATIC;
        }
        if (words.equals(List.of("none"))) {
            return NONE;
        }
        List<Integer> formats = new ArrayList<>();
        for (String word : words) {
            int format;
            try {
                format = Integer.parseInt(word);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + word + "' is not a content-format number: give auto, none, "
                        + "or numbers such as 110 112", e);
            }
            if (format < 0 || format > 65535) {
                throw new IllegalArgumentException(format + " is not a content-format number (0..65535)");
            }
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return new FormatAdvertisement(false, formats);
    }

    /** The formats {@code ct} lists, in order, given the installed ones. */
    public List<Integer> advertised(Collection<Integer> installed) {
        if (!automatic) {
            return formats;
        }
        TreeSet<Integer> optional = new TreeSet<>(installed);
        optional.removeAll(MANDATORY);
        return List.copyOf(optional);
    }
}
