package org.lwm2m.gateway.engine;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.client.FormatAdvertisement;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;

/** The content codecs installed in the framework, as one client sees them; tells listeners when they change. */
final class InstalledCodecs {

    private final List<NodeCodec> nodeCodecs = new CopyOnWriteArrayList<>();
    private final List<LinkCodec> linkCodecs = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile FormatAdvertisement advertisement = FormatAdvertisement.AUTOMATIC;

    void addNodeCodec(NodeCodec codec) {
        add(nodeCodecs, codec);
    }

    void removeNodeCodec(NodeCodec codec) {
        remove(nodeCodecs, codec);
    }

    void addLinkCodec(LinkCodec codec) {
        add(linkCodecs, codec);
    }

    void removeLinkCodec(LinkCodec codec) {
        remove(linkCodecs, codec);
    }

    /**
     * The first installed codec of a content format, or null. A pre-registration number of LwM2M 1.0 (1541, 1542,
     * 1543) finds the codec of its registered format, so that old servers are understood.
     */
    NodeCodec nodeCodec(int contentFormat) {
        int registered = ContentFormats.registered(contentFormat);
        return nodeCodecs.stream().filter(c -> c.contentFormat() == registered).findFirst().orElse(null);
    }

    /** The content formats of every installed node codec, ascending. */
    SortedSet<Integer> nodeFormats() {
        SortedSet<Integer> formats = new TreeSet<>();
        nodeCodecs.forEach(c -> formats.add(c.contentFormat()));
        return Collections.unmodifiableSortedSet(formats);
    }

    /** Sets what the client's {@code ct} says; a change tells the listeners, so the servers get an Update. */
    void advertise(FormatAdvertisement newAdvertisement) {
        FormatAdvertisement old = advertisement;
        advertisement = newAdvertisement;
        if (!newAdvertisement.equals(old)) {
            listeners.forEach(Runnable::run);
        }
    }

    /** The content formats the root link's {@code ct} lists, in order (empty: no {@code ct}). */
    List<Integer> advertisedFormats() {
        return advertisement.advertised(nodeFormats());
    }

    /** The first installed link-format codec, or null. */
    LinkCodec linkCodec() {
        return linkCodecs.stream().findFirst().orElse(null);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private <T> void add(List<T> codecs, T codec) {
        codecs.add(codec);
        listeners.forEach(Runnable::run);
    }

    private <T> void remove(List<T> codecs, T codec) {
        if (codecs.remove(codec)) {
            listeners.forEach(Runnable::run);
        }
    }
}
