package org.cancerregistry.reporting.naaccr;

import static org.cancerregistry.reporting.naaccr.NaaccrXml.BASE_DICTIONARY_URI;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.ITEM;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.NAACCR_ID;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.NAACCR_NUM;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.NAMESPACE;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.RECORD_TYPE;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.SPECIFICATION_VERSION_ATTRIBUTE;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.TIME_GENERATED;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.USER_DICTIONARY_URI;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a NAACCR XML file patient by patient, for the tests to check what the writer produced: the service itself
 * only writes NAACCR XML. Items come back as the file has them, whatever the dictionary; elements and attributes of
 * other namespaces (user extensions) are skipped.
 */
public final class NaaccrXmlReader implements AutoCloseable {

    private static final Set<String> ROOT_ATTRIBUTES = Set.of(BASE_DICTIONARY_URI, USER_DICTIONARY_URI, RECORD_TYPE,
            SPECIFICATION_VERSION_ATTRIBUTE, TIME_GENERATED);
    private static final String ROOT = ItemLevel.NAACCR_DATA.elementName();
    private static final String PATIENT = ItemLevel.PATIENT.elementName();
    private static final String TUMOR = ItemLevel.TUMOR.elementName();

    private final XMLStreamReader xml;
    private final String baseDictionaryUri;
    private final char recordType;
    private final String specificationVersion;
    private final Map<String, String> fileItems;
    private boolean atEnd;

    /** Reads the root element and the file-level items; the stream stays open on {@link #close()}. */
    public NaaccrXmlReader(InputStream in) {
        try {
            xml = factory().createXMLStreamReader(in);
            moveToRoot();
            Map<String, String> rootAttributes = rootAttributes();
            baseDictionaryUri = rootAttributes.get(BASE_DICTIONARY_URI);
            recordType = recordType(rootAttributes.get(RECORD_TYPE));
            specificationVersion = rootAttributes.get(SPECIFICATION_VERSION_ATTRIBUTE);
            Map<String, String> items = new LinkedHashMap<>();
            boolean patientAhead = readItems(ROOT, items);
            fileItems = Collections.unmodifiableMap(items);
            afterPatient(patientAhead);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    public String baseDictionaryUri() {
        return baseDictionaryUri;
    }

    public char recordType() {
        return recordType;
    }

    public String specificationVersion() {
        return specificationVersion;
    }

    public Map<String, String> fileItems() {
        return fileItems;
    }

    /** The next patient with its tumors, or empty after the last one. */
    public Optional<NaaccrPatient> next() {
        if (atEnd) {
            return Optional.empty();
        }
        try {
            requireNoAttributes(PATIENT);
            Map<String, String> items = new LinkedHashMap<>();
            List<Map<String, String>> tumors = new ArrayList<>();
            boolean childAhead = readItems(PATIENT, items);
            while (childAhead) {
                requireElement(TUMOR, PATIENT);
                requireNoAttributes(TUMOR);
                Map<String, String> tumor = new LinkedHashMap<>();
                if (readItems(TUMOR, tumor)) {
                    throw unexpectedElement(TUMOR);
                }
                tumors.add(tumor);
                childAhead = nextChild(PATIENT);
            }
            afterPatient(nextChild(ROOT));
            return Optional.of(new NaaccrPatient(items, tumors));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** Frees the parser; the input stream stays open. */
    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Imports come from outside: no DTDs, no external entities (XXE).
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private void moveToRoot() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                requireElement(ROOT, "the document");
                return;
            }
        }
        throw invalid("The document has no root element");
    }

    private Map<String, String> rootAttributes() {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            boolean unqualified = namespace == null || namespace.isEmpty();
            if (unqualified && ROOT_ATTRIBUTES.contains(name)) {
                attributes.put(name, xml.getAttributeValue(i));
            } else if (unqualified || NAMESPACE.equals(namespace)) {
                throw invalid("Unexpected attribute '" + name + "' on " + ROOT);
            }
        }
        for (String required : List.of(BASE_DICTIONARY_URI, RECORD_TYPE, SPECIFICATION_VERSION_ATTRIBUTE)) {
            if (attributes.getOrDefault(required, "").isBlank()) {
                throw invalid(ROOT + " lacks the required attribute '" + required + "'");
            }
        }
        return attributes;
    }

    private char recordType(String value) {
        if (value.length() != 1 || "AMCI".indexOf(value.charAt(0)) < 0) {
            throw invalid("The recordType of " + ROOT + " must be A, M, C or I");
        }
        return value.charAt(0);
    }

    /**
     * Reads the Items that open the current element. Returns true when it stopped on a child element that is not
     * an Item, false when it reached the element's end.
     */
    private boolean readItems(String element, Map<String, String> items) throws XMLStreamException {
        while (nextChild(element)) {
            if (!isNaaccrElement(ITEM)) {
                return true;
            }
            String naaccrId = itemId(element);
            if (items.putIfAbsent(naaccrId, xml.getElementText()) != null) {
                throw invalid("Item '" + naaccrId + "' appears twice in " + element);
            }
        }
        return false;
    }

    private String itemId(String element) {
        String naaccrId = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String namespace = xml.getAttributeNamespace(i);
            if (namespace != null && !namespace.isEmpty()) {
                throw invalid("Unexpected attribute '" + name + "' on an Item in " + element);
            } else if (NAACCR_ID.equals(name)) {
                naaccrId = xml.getAttributeValue(i);
            } else if (NAACCR_NUM.equals(name)) {
                requireNumber(xml.getAttributeValue(i), element);
            } else {
                throw invalid("Unexpected attribute '" + name + "' on an Item in " + element);
            }
        }
        if (naaccrId == null || naaccrId.isBlank()) {
            throw invalid("An Item in " + element + " lacks its naaccrId");
        }
        return naaccrId;
    }

    private void requireNumber(String naaccrNum, String element) {
        if (!naaccrNum.matches("\\d{1,9}")) {
            throw invalid("The naaccrNum of an Item in " + element + " is not a number");
        }
    }

    /**
     * Moves to the next child element of the current element, or to its end tag (returns false). Skips comments,
     * whitespace and elements of other namespaces.
     */
    private boolean nextChild(String element) throws XMLStreamException {
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!isExtension()) {
                        return true;
                    }
                    skipElement();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!xml.isWhiteSpace()) {
                        throw invalid("Text outside an Item in " + element);
                    }
                }
                default -> {
                    // comments, processing instructions and ignorable whitespace carry no data
                }
            }
        }
    }

    private boolean isExtension() {
        String namespace = xml.getNamespaceURI();
        return namespace != null && !namespace.isEmpty() && !NAMESPACE.equals(namespace);
    }

    private void skipElement() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** After a patient (or the file items): either the next Patient starts, or the root ends the document. */
    private void afterPatient(boolean patientAhead) throws XMLStreamException {
        if (patientAhead) {
            requireElement(PATIENT, ROOT);
            return;
        }
        atEnd = true;
        while (xml.hasNext()) {
            xml.next();
        }
    }

    private boolean isNaaccrElement(String name) {
        return NAMESPACE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    private void requireElement(String name, String parent) {
        if (!isNaaccrElement(name)) {
            throw unexpectedElement(parent);
        }
    }

    private void requireNoAttributes(String element) {
        if (xml.getAttributeCount() > 0) {
            throw invalid(element + " may not have attributes, found '" + xml.getAttributeLocalName(0) + "'");
        }
    }

    private NaaccrXmlException unexpectedElement(String parent) {
        String namespace = xml.getNamespaceURI();
        if (namespace == null || namespace.isEmpty()) {
            return invalid("Element '" + xml.getLocalName() + "' in " + parent + " is in no namespace: NAACCR elements"
                    + " belong to " + NAMESPACE + ", extensions to a namespace of their own");
        }
        return invalid("Unexpected element '" + xml.getLocalName() + "' in " + parent);
    }

    private NaaccrXmlException invalid(String problem) {
        return new NaaccrXmlException(problem + " " + at(xml.getLocation()));
    }

    /** The parser's own message may quote document text, which may be PHI: only its position is kept. */
    private NaaccrXmlException malformed(XMLStreamException e) {
        Location location = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        return new NaaccrXmlException("Malformed XML (unbalanced tags, bad characters or not XML at all) "
                + at(location));
    }

    private static String at(Location location) {
        return location == null ? "at an unknown position"
                : "at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
