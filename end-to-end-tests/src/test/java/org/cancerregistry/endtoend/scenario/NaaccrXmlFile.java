package org.cancerregistry.endtoend.scenario;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A NAACCR XML file read back with plain StAX, independently of the reporting service's own reader:
 * every Patient with its items and the items of each of its Tumors, by naaccrId.
 */
final class NaaccrXmlFile {

    /** One Patient element. */
    record ExportedPatient(Map<String, String> items, List<Map<String, String>> tumors) {
    }

    private NaaccrXmlFile() {
    }

    static List<ExportedPatient> read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
        List<ExportedPatient> patients = new ArrayList<>();
        Map<String, String> patientItems = null;
        List<Map<String, String>> tumors = null;
        Map<String, String> tumorItems = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Patient" -> {
                            patientItems = new LinkedHashMap<>();
                            tumors = new ArrayList<>();
                        }
                        case "Tumor" -> tumorItems = new LinkedHashMap<>();
                        case "Item" -> {
                            Map<String, String> level = tumorItems != null ? tumorItems : patientItems;
                            String naaccrId = xml.getAttributeValue(null, "naaccrId");
                            String value = xml.getElementText();
                            // File-level items sit outside any Patient: not needed here.
                            if (level != null && level.put(naaccrId, value) != null) {
                                throw new AssertionError("item " + naaccrId + " twice in one element");
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Tumor" -> {
                            tumors.add(tumorItems);
                            tumorItems = null;
                        }
                        case "Patient" -> {
                            patients.add(new ExportedPatient(patientItems, tumors));
                            patientItems = null;
                            tumors = null;
                        }
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return patients;
    }
}
