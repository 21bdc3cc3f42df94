package org.lwm2m.gateway.testing;

import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds instances of Declarative Services component property types from property maps, as SCR would. */
public final class ComponentPropertyTypes {

    private ComponentPropertyTypes() {
    }

    /**
     * An instance of the annotation {@code type} whose methods answer from {@code properties}. A method reads the
     * property DS 1.4 names after it ({@code _} becomes ".", {@code __} becomes "_"), or gives its default when the
     * map has no such property. Like SCR, it turns a single value into an array of one for a method that returns an
     * array; unlike SCR, it converts nothing else: a property must already have the method's type.
     *
     * @throws IllegalArgumentException from a method whose property has another type than the method returns
     */
    public static <A> A of(Class<A> type, Map<String, ?> properties) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + properties.keySet();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> value(method, properties.get(propertyName(method.getName())));
                });
        return type.cast(proxy);
    }

    private static String propertyName(String methodName) {
        return methodName.replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
    }

    private static Object value(Method method, Object property) {
        if (property == null) {
            return method.getDefaultValue();
        }
        Class<?> returned = method.getReturnType();
        if (returned.isArray() && !returned.isInstance(property)
                && MethodType.methodType(returned.getComponentType()).wrap().returnType().isInstance(property)) {
            Object array = Array.newInstance(returned.getComponentType(), 1);
            Array.set(array, 0, property);
            return array;
        }
        Class<?> type = MethodType.methodType(returned).wrap().returnType();
        if (!type.isInstance(property)) {
            throw new IllegalArgumentException("property " + propertyName(method.getName()) + " is a "
                    + property.getClass().getName() + ", but " + method.getDeclaringClass().getSimpleName() + "."
                    + method.getName() + "() returns " + method.getReturnType().getName());
        }
        return property;
    }
}
