package org.lwm2m.gateway.object.server;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds component property type instances from property maps, the way Declarative Services does. */
final class Configs {

    private Configs() {
    }

    static <A> A of(Class<A> type, Map<String, ?> properties) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + properties.keySet();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> {
                        Object value = properties.get(propertyName(method.getName()));
                        yield value != null ? value : method.getDefaultValue();
                    }
                });
        return type.cast(proxy);
    }

    /** The DS 1.4 name mapping for the cases used here: "_" becomes ".", "__" becomes "_". */
    private static String propertyName(String method) {
        return method.replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
    }
}
