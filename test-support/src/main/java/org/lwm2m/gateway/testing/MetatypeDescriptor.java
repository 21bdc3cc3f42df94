package org.lwm2m.gateway.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * The Metatype descriptor bnd generated from an {@code @ObjectClassDefinition} (OSGI-INF/metatype/&lt;pid&gt;.xml),
 * parsed, so tests check what consoles will show for a configuration.
 */
public final class MetatypeDescriptor {

    private final GeneratedXml xml;

    private MetatypeDescriptor(GeneratedXml xml) {
        this.xml = xml;
    }

    /**
     * The descriptor of the configuration {@code pid}, from the test class path.
     *
     * @throws IllegalStateException if bnd generated none
     */
    public static MetatypeDescriptor of(String pid) {
        return new MetatypeDescriptor(GeneratedXml.read(MetatypeDescriptor.class.getClassLoader(),
                "/OSGI-INF/metatype/" + pid + ".xml"));
    }

    /** The attribute definitions as id to type ("String", "Long", "Password", ...), in descriptor order. */
    public Map<String, String> attributeTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (Element ad : GeneratedXml.elements(xml.root(), "AD")) {
            types.put(ad.getAttribute("id"), ad.getAttribute("type"));
        }
        return types;
    }

    /** The descriptor's text, for assertion messages. */
    @Override
    public String toString() {
        return xml.text();
    }
}
