package org.lwm2m.gateway.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.leshan.core.link.attributes.Attribute;
import org.eclipse.leshan.core.link.attributes.QuotedStringAttribute;
import org.eclipse.leshan.core.link.attributes.UnquotedStringAttribute;
import org.eclipse.leshan.core.link.attributes.ValuelessAttribute;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;

/** Converts CoRE Link Format links between ours and Leshan's, parameter kind for parameter kind. */
public final class LeshanLinks {

    private LeshanLinks() {
    }

    public static List<Link> fromLeshan(org.eclipse.leshan.core.link.Link[] links) {
        List<Link> result = new ArrayList<>();
        for (org.eclipse.leshan.core.link.Link link : links) {
            List<LinkParam> params = new ArrayList<>();
            for (Attribute a : link.getAttributes().asCollection()) {
                if (a instanceof ValuelessAttribute) {
                    params.add(LinkParam.flag(a.getName()));
                } else if (a instanceof QuotedStringAttribute q) {
                    params.add(LinkParam.quoted(a.getName(), q.getValue()));
                } else if (a instanceof UnquotedStringAttribute u) {
                    params.add(LinkParam.token(a.getName(), u.getValue()));
                } else {
                    throw new IllegalArgumentException("no link parameter of ours for " + a.getClass());
                }
            }
            result.add(new Link(link.getUriReference(), params));
        }
        return result;
    }

    public static org.eclipse.leshan.core.link.Link[] toLeshan(List<Link> links) {
        List<org.eclipse.leshan.core.link.Link> result = new ArrayList<>();
        for (Link link : links) {
            List<Attribute> attributes = new ArrayList<>();
            for (LinkParam p : link.params()) {
                if (p.value() == null) {
                    attributes.add(new ValuelessAttribute(p.name()));
                } else if (p.quoted()) {
                    attributes.add(new QuotedStringAttribute(p.name(), p.value()));
                } else {
                    attributes.add(new UnquotedStringAttribute(p.name(), p.value()));
                }
            }
            result.add(new org.eclipse.leshan.core.link.Link(link.target(), attributes));
        }
        return result.toArray(new org.eclipse.leshan.core.link.Link[0]);
    }
}
