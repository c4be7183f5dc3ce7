package org.cancerregistry.reporting.naaccr;

/** The NAACCR XML element an item belongs to: the file, a patient or a tumor. */
public enum ItemLevel {
    NAACCR_DATA("NaaccrData"),
    PATIENT("Patient"),
    TUMOR("Tumor");

    private final String elementName;

    ItemLevel(String elementName) {
        this.elementName = elementName;
    }

    /** The dictionary's {@code parentXmlElement}, which is also the XML element name. */
    public String elementName() {
        return elementName;
    }
}
