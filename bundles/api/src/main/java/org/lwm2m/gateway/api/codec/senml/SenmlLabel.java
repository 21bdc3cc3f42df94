package org.lwm2m.gateway.api.codec.senml;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SenML fields LwM2M uses, with their JSON names and CBOR labels (RFC 8428 §4.2 and §6, LwM2M Core 1.1
 * §7.4.4 for {@code vlo}, which has no integer label and keeps its name in CBOR too).
 */
public enum SenmlLabel {
    BASE_VERSION("bver", -1),
    BASE_NAME("bn", -2),
    BASE_TIME("bt", -3),
    NAME("n", 0),
    VALUE("v", 2),
    STRING_VALUE("vs", 3),
    BOOLEAN_VALUE("vb", 4),
    TIME("t", 6),
    DATA_VALUE("vd", 8),
    OBJECT_LINK_VALUE("vlo", null);

    private static final Map<String, SenmlLabel> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(SenmlLabel::jsonName, Function.identity()));

    private final String jsonName;
    private final Integer cborLabel;

    SenmlLabel(String jsonName, Integer cborLabel) {
        this.jsonName = jsonName;
        this.cborLabel = cborLabel;
    }

    /** The field name in SenML JSON ("bn"). */
    public String jsonName() {
        return jsonName;
    }

    /** The integer label in SenML CBOR (-2 for "bn"), or null where CBOR uses the name as well ("vlo"). */
    public Integer cborLabel() {
        return cborLabel;
    }

    /** The label of a JSON field name, or null for a field LwM2M does not use. */
    public static SenmlLabel ofJsonName(String name) {
        return BY_NAME.get(name);
    }

    /** The label of a CBOR integer label, or null for a field LwM2M does not use. */
    public static SenmlLabel ofCborLabel(int label) {
        for (SenmlLabel l : values()) {
            if (l.cborLabel != null && l.cborLabel == label) {
                return l;
            }
        }
        return null;
    }

    /**
     * Whether a field LwM2M does not use may be skipped. RFC 8428 §4.4: a field whose name ends in "_" must be
     * understood, so a pack that has one is refused.
     */
    public static boolean mayIgnore(String unknownName) {
        return !unknownName.endsWith("_");
    }
}
