package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;

/**
 * The links a Register or Update carries (LwM2M 1.1 Transport §6.2.1): the root link with the supported content
 * formats, then every object and object instance, except the objects that hold credentials.
 */
final class RegistrationLinks {

    /** Security (0) and OSCORE (21) are never listed (Core §6.2.1). */
    private static final Set<Integer> UNLISTED = Set.of(0, 21);

    private RegistrationLinks() {
    }

    /**
     * {@code </>;rt="oma.lwm2m";ct="110 112"} ({@code ct=112} for one format, none for no format), then
     * {@code </1/0>}, {@code </2>} for an object without instances, {@code </3>;ver=1.2,</3/0>} for an object
     * whose version is not 1.0.
     */
    static List<Link> of(Collection<ObjectProvider> providers, List<Integer> contentFormats) {
        List<Link> links = new ArrayList<>();
        List<LinkParam> root = new ArrayList<>();
        root.add(LinkParam.quoted("rt", "oma.lwm2m"));
        if (!contentFormats.isEmpty()) {
            String ct = contentFormats.stream().map(String::valueOf).collect(Collectors.joining(" "));
            root.add(contentFormats.size() > 1 ? LinkParam.quoted("ct", ct) : LinkParam.token("ct", ct));
        }
        links.add(new Link("/", root));
        for (ObjectProvider provider : providers) {
            ObjectModel model = provider.model();
            if (UNLISTED.contains(model.id())) {
                continue;
            }
            SortedSet<Integer> instances = provider.instanceIds();
            if (model.hasNonDefaultVersion() || instances.isEmpty()) {
                links.add(objectLink(model));
            }
            for (int instance : instances) {
                links.add(Link.of("/" + model.id() + "/" + instance));
            }
        }
        return List.copyOf(links);
    }

    /** The link of an object, {@code </3>}, with {@code ver} when its version is not 1.0. */
    static Link objectLink(ObjectModel model) {
        String object = "/" + model.id();
        return model.hasNonDefaultVersion() ? Link.of(object, LinkParam.token("ver", model.version()))
                : Link.of(object);
    }
}
