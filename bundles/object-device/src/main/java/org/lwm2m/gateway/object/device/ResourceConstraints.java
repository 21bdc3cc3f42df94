package org.lwm2m.gateway.object.device;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

/**
 * What the DDF says a written value must be: single or multiple as the resource is, of its type, and inside
 * an integer range enumeration such as "0..100".
 */
final class ResourceConstraints {

    private static final Pattern INTEGER_RANGE = Pattern.compile("\\s*(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)\\s*");

    private ResourceConstraints() {
    }

    /** @throws LwM2mException 4.00 naming the resource and what is wrong */
    static void check(ResourceModel model, ResourceNode node) throws LwM2mException {
        Collection<Value> values;
        if (node instanceof SingleResource single && !model.multiple()) {
            values = List.of(single.value());
        } else if (node instanceof MultipleResource multiple && model.multiple()) {
            values = multiple.instances().values();
        } else {
            throw LwM2mException.badRequest(model.name() + " is a " + (model.multiple() ? "multiple" : "single")
                    + " resource");
        }
        for (Value value : values) {
            if (value.type() != model.type()) {
                throw LwM2mException.badRequest(model.name() + " takes " + model.type() + ", not " + value.type());
            }
            checkRange(model, value);
        }
    }

    private static void checkRange(ResourceModel model, Value value) throws LwM2mException {
        Matcher range = INTEGER_RANGE.matcher(model.rangeEnumeration());
        if (model.type() != ResourceType.INTEGER || !range.matches() || !(value instanceof Value.Int i)) {
            return;
        }
        long min = Long.parseLong(range.group(1));
        long max = Long.parseLong(range.group(2));
        if (i.value() < min || i.value() > max) {
            throw LwM2mException.badRequest(model.name() + " must be " + min + ".." + max + ", not " + i.value());
        }
    }
}
