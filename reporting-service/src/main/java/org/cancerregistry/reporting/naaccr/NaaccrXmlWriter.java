package org.cancerregistry.reporting.naaccr;

import static org.cancerregistry.reporting.naaccr.NaaccrXml.BASE_DICTIONARY_URI;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.ITEM;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.NAACCR_ID;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.NAMESPACE;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.RECORD_TYPE;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.SPECIFICATION_VERSION;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.SPECIFICATION_VERSION_ATTRIBUTE;
import static org.cancerregistry.reporting.naaccr.NaaccrXml.TIME_GENERATED;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a NAACCR XML file patient by patient, holding nothing but the patient being written.
 * Each item goes to its level in NAACCR number order; items the table does not know or the record type
 * excludes are left out, and so are blank values.
 */
public final class NaaccrXmlWriter implements AutoCloseable {

    private static final String[] INDENTS = {"\n", "\n    ", "\n        ", "\n            "};

    private final NaaccrItemTable table;
    private final char recordType;
    /** The items of each level this record type carries, worked out once rather than for every value. */
    private final Map<ItemLevel, List<NaaccrItem>> carried = new EnumMap<>(ItemLevel.class);
    private final XMLStreamWriter xml;
    private boolean closed;

    /**
     * Starts the document and writes the file-level items.
     *
     * @param recordType A (abstract), M (modified), C (confidential) or I (incidence)
     */
    public NaaccrXmlWriter(OutputStream out, NaaccrVersion version, char recordType, Instant timeGenerated,
            Map<String, String> fileItems) {
        this.table = NaaccrItemTable.of(version);
        this.recordType = NaaccrItemTable.requireRecordType(recordType);
        for (ItemLevel level : ItemLevel.values()) {
            carried.put(level, table.items(level).stream().filter(item -> table.allows(item, recordType)).toList());
        }
        check(fileItems, ItemLevel.NAACCR_DATA);
        this.xml = streamWriter(out);
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters(INDENTS[0]);
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, ItemLevel.NAACCR_DATA.elementName());
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute(BASE_DICTIONARY_URI, version.baseDictionaryUri());
            xml.writeAttribute(RECORD_TYPE, String.valueOf(recordType));
            xml.writeAttribute(SPECIFICATION_VERSION_ATTRIBUTE, SPECIFICATION_VERSION);
            xml.writeAttribute(TIME_GENERATED,
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timeGenerated.atOffset(ZoneOffset.UTC)));
            writeItems(fileItems, ItemLevel.NAACCR_DATA, 1);
        });
    }

    /**
     * Writes one patient and its tumors.
     *
     * @throws IllegalArgumentException when an item sits at the wrong level, or a value is longer than its item
     *         allows or holds a character XML cannot carry; nothing of the patient is written then
     */
    public void write(NaaccrPatient patient) {
        if (closed) {
            throw new IllegalStateException("The NAACCR XML writer is closed");
        }
        check(patient.items(), ItemLevel.PATIENT);
        patient.tumors().forEach(tumor -> check(tumor, ItemLevel.TUMOR));
        write(() -> {
            startElement(ItemLevel.PATIENT, 1);
            writeItems(patient.items(), ItemLevel.PATIENT, 2);
            for (Map<String, String> tumor : patient.tumors()) {
                startElement(ItemLevel.TUMOR, 2);
                writeItems(tumor, ItemLevel.TUMOR, 3);
                endElement(2);
            }
            endElement(1);
        });
    }

    /** Ends the document and flushes; the output stream stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        write(() -> {
            endElement(0);
            xml.writeCharacters(INDENTS[0]);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    private void check(Map<String, String> items, ItemLevel level) {
        items.forEach((naaccrId, value) -> table.find(naaccrId).ifPresent(item -> {
            if (item.level() != level) {
                throw new IllegalArgumentException("Item '" + naaccrId + "' belongs in " + item.level().elementName()
                        + ", not in " + level.elementName());
            }
            if (written(item, value)) {
                checkValue(item, value);
            }
        }));
    }

    // One pass over the characters: this runs for every value of every tumor of a submission.
    private static void checkValue(NaaccrItem item, String value) {
        int characters = 0;
        boolean xmlCharacters = true;
        for (int i = 0; i < value.length(); characters++) {
            int c = value.codePointAt(i);
            xmlCharacters &= isXmlCharacter(c);
            i += Character.charCount(c);
        }
        if (characters > item.length()) {
            throw new IllegalArgumentException(
                    "Item '" + item.naaccrId() + "' is longer than its " + item.length() + " characters");
        }
        if (!xmlCharacters) {
            throw new IllegalArgumentException("Item '" + item.naaccrId() + "' holds a character XML 1.0 cannot carry");
        }
    }

    private boolean written(NaaccrItem item, String value) {
        return value != null && !value.isBlank() && table.allows(item, recordType);
    }

    private void writeItems(Map<String, String> items, ItemLevel level, int depth) throws XMLStreamException {
        for (NaaccrItem item : carried.get(level)) {
            String value = items.get(item.naaccrId());
            if (value != null && !value.isBlank()) {
                xml.writeCharacters(INDENTS[depth]);
                xml.writeStartElement(NAMESPACE, ITEM);
                xml.writeAttribute(NAACCR_ID, item.naaccrId());
                writeText(value);
                xml.writeEndElement();
            }
        }
    }

    /** StAX escapes &lt; and &amp; but not a carriage return, which a reader would turn into a line feed. */
    private void writeText(String value) throws XMLStreamException {
        int start = 0;
        for (int i = value.indexOf('\r'); i >= 0; i = value.indexOf('\r', start)) {
            xml.writeCharacters(value.substring(start, i));
            xml.writeEntityRef("#13");
            start = i + 1;
        }
        xml.writeCharacters(value.substring(start));
    }

    private void startElement(ItemLevel level, int depth) throws XMLStreamException {
        xml.writeCharacters(INDENTS[depth]);
        xml.writeStartElement(NAMESPACE, level.elementName());
    }

    private void endElement(int depth) throws XMLStreamException {
        xml.writeCharacters(INDENTS[depth]);
        xml.writeEndElement();
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static XMLStreamWriter streamWriter(OutputStream out) {
        try {
            return XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No StAX writer for UTF-8", e);
        }
    }

    private static void write(XmlWrite write) {
        try {
            write.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Could not write NAACCR XML", e));
        }
    }

    @FunctionalInterface
    private interface XmlWrite {
        void run() throws XMLStreamException;
    }
}
