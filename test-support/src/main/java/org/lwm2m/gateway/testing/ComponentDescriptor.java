package org.lwm2m.gateway.testing;

import java.util.List;

import org.w3c.dom.Element;

/**
 * The Declarative Services descriptor bnd generated from a component's annotations (OSGI-INF/&lt;class&gt;.xml),
 * parsed, so tests check what Felix SCR will read. Where the descriptor leaves a value out, the accessors give the
 * DS default SCR applies.
 */
public final class ComponentDescriptor {

    /**
     * What a component is to SCR at a glance: the service interfaces it provides, the PID and policy of its
     * configuration, and how many constructor parameters SCR injects.
     */
    public record Outline(List<String> provides, String configurationPid, String configurationPolicy,
            int constructorParameters) {
    }

    /** A {@code <reference>}: the service the component uses and how it binds it. */
    public record Reference(String name, String interfaceName, String cardinality, String policy,
            String policyOption) {
    }

    /** A {@code <property>}: a service property with its DS type name ("String", "Integer", ...). */
    public record Property(String name, String type, String value) {
    }

    private final GeneratedXml xml;

    private ComponentDescriptor(GeneratedXml xml) {
        this.xml = xml;
    }

    /**
     * The descriptor of the component implemented by {@code implementation}, from that class's class path.
     *
     * @throws IllegalStateException if bnd generated none
     */
    public static ComponentDescriptor of(Class<?> implementation) {
        return new ComponentDescriptor(GeneratedXml.read(implementation.getClassLoader(),
                "/OSGI-INF/" + implementation.getName() + ".xml"));
    }

    /** The outline of the component, with SCR's defaults filled in where the descriptor is silent. */
    public Outline outline() {
        Element component = xml.root();
        return new Outline(
                GeneratedXml.elements(component, "provide").stream().map(e -> e.getAttribute("interface")).toList(),
                GeneratedXml.attribute(component, "configuration-pid", component.getAttribute("name")),
                GeneratedXml.attribute(component, "configuration-policy", "optional"),
                Integer.parseInt(GeneratedXml.attribute(component, "init", "0")));
    }

    /** The references, in descriptor order, with SCR's defaults (1..1, static, reluctant) filled in. */
    public List<Reference> references() {
        return GeneratedXml.elements(xml.root(), "reference").stream().map(ComponentDescriptor::reference).toList();
    }

    /** The component properties, in descriptor order; a property without a type is a String. */
    public List<Property> properties() {
        return GeneratedXml.elements(xml.root(), "property").stream()
                .map(e -> new Property(e.getAttribute("name"), GeneratedXml.attribute(e, "type", "String"),
                        e.getAttribute("value")))
                .toList();
    }

    /** The descriptor's text, for assertion messages. */
    @Override
    public String toString() {
        return xml.text();
    }

    private static Reference reference(Element e) {
        return new Reference(e.getAttribute("name"), e.getAttribute("interface"),
                GeneratedXml.attribute(e, "cardinality", "1..1"), GeneratedXml.attribute(e, "policy", "static"),
                GeneratedXml.attribute(e, "policy-option", "reluctant"));
    }
}
