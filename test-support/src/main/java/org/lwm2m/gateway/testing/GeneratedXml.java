package org.lwm2m.gateway.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An XML file that bnd generated into a bundle's OSGI-INF/, read from the class path: its text and root element. */
record GeneratedXml(String text, Element root) {

    /**
     * The file at {@code path} (e.g. "/OSGI-INF/x.xml") as {@code loader} finds it.
     *
     * @throws IllegalStateException if there is no such file (bnd generated none) or it is not well-formed
     */
    static GeneratedXml read(ClassLoader loader, String path) {
        String text;
        try (InputStream in = loader.getResourceAsStream(path.substring(1))) {
            if (in == null) {
                throw new IllegalStateException("bnd generated no " + path + " (not on the class path)");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            return new GeneratedXml(text, root);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(path + " is not well-formed XML", e);
        }
    }

    /** The elements named {@code name} anywhere below {@code parent}, in document order. */
    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The attribute's value, or {@code absent} if the element does not have it. */
    static String attribute(Element element, String name, String absent) {
        return element.hasAttribute(name) ? element.getAttribute(name) : absent;
    }
}
