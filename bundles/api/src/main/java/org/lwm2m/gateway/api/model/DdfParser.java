package org.lwm2m.gateway.api.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads OMA LwM2M object definitions (DDF XML, LWM2M.xsd 1.0 and 1.1) into {@link ObjectModel}s. */
public final class DdfParser {

    private DdfParser() {
    }

    /**
     * Parses every {@code <Object>} of a DDF document. External entities and DTDs are refused.
     *
     * @throws IOException if the stream cannot be read or is not a valid DDF
     */
    public static List<ObjectModel> parse(InputStream in) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints to stderr; a parse error is reported by the exception alone
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a DDF document: " + e.getMessage(), e);
        }
        List<ObjectModel> objects = new ArrayList<>();
        for (Element object : children(doc.getDocumentElement(), "Object")) {
            try {
                objects.add(object(object));
            } catch (RuntimeException e) {
                throw new IOException("invalid DDF object: " + e.getMessage(), e);
            }
        }
        return objects;
    }

    private static ObjectModel object(Element e) {
        SortedMap<Integer, ResourceModel> resources = new TreeMap<>();
        Element list = child(e, "Resources");
        if (list != null) {
            for (Element item : children(list, "Item")) {
                ResourceModel r = resource(item);
                resources.put(r.id(), r);
            }
        }
        return new ObjectModel(Integer.parseInt(text(e, "ObjectID")), text(e, "Name"), text(e, "ObjectVersion"),
                text(e, "LWM2MVersion"), "Multiple".equalsIgnoreCase(text(e, "MultipleInstances")),
                "Mandatory".equalsIgnoreCase(text(e, "Mandatory")), text(e, "ObjectURN"), resources);
    }

    private static ResourceModel resource(Element item) {
        return new ResourceModel(Integer.parseInt(item.getAttribute("ID").trim()), text(item, "Name"),
                Operations.fromDdf(text(item, "Operations")),
                "Multiple".equalsIgnoreCase(text(item, "MultipleInstances")),
                "Mandatory".equalsIgnoreCase(text(item, "Mandatory")), ResourceType.fromDdf(text(item, "Type")),
                text(item, "RangeEnumeration"), text(item, "Units"));
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && name.equals(el.getTagName())) {
                result.add(el);
            }
        }
        return result;
    }
}
