package dev.sls.dscplus.protocol.pskc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads PSKC XML with DTDs switched off entirely: a document with a DOCTYPE (external entities, "billion laughs") is
 * refused before anything in it is expanded. Also the few DOM helpers the reader needs.
 */
final class PskcXml {

    static final String PSKC = "urn:ietf:params:xml:ns:keyprov:pskc";
    static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    static final String XENC11 = "http://www.w3.org/2009/xmlenc11#";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    /** Deepest element nesting read; a PSKC file needs about 10 levels (a signature or PBKDF2 parameters). */
    static final int MAX_DEPTH = 32;
    private static final String DEPTH_LIMIT = "jdk.xml.maxElementDepth";

    private PskcXml() {
    }

    /** @throws PskcException when the bytes are not a well-formed XML document without DTD */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new PskcException("the file has a DOCTYPE declaration; DTDs and entities are not allowed in PSKC"
                        + " files");
            }
            // The JDK's parser reports its limit as: JAXP00010006: The element … exceeds the limit … "maxElementDepth".
            throw new PskcException(message.contains("maxElementDepth")
                    ? "the file nests elements deeper than " + MAX_DEPTH + " levels; a PSKC file needs about 10"
                    : "the file is not well-formed XML");
        } catch (IOException | ParserConfigurationException e) {
            throw new PskcException("the file could not be read as XML");
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // The JDK's own parser, whatever else is on the class path, so the features below are known to exist.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Bounded while parsing, so no deeply nested file reaches code that walks the tree.
        factory.setAttribute(DEPTH_LIMIT, String.valueOf(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not reported to stderr
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && (namespace == null || namespace.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() > 1) {
            throw new PskcException("<" + localName + "> appears more than once in <" + parent.getLocalName() + ">");
        }
        return found.stream().findFirst();
    }

    static Optional<String> childText(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map(PskcXml::text);
    }

    /** The text of an element that holds text only (comments skipped); an element inside it is refused. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Text part) {
                text.append(part.getData());
            } else if (node instanceof Element inner) {
                throw new PskcException("<" + element.getLocalName() + "> must hold text only, but holds the element <"
                        + shortened(inner.getLocalName()) + ">");
            }
        }
        return text.toString().strip();
    }

    /** A value from the file as a message may quote it: at most 64 characters. */
    static String shortened(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }

    static Optional<String> attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.strip());
    }
}
