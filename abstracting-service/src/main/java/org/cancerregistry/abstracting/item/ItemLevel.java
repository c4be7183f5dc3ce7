package org.cancerregistry.abstracting.item;

/** The NAACCR XML element an item belongs to (the dictionary's parentXmlElement). */
public enum ItemLevel {
    PATIENT,
    TUMOR
}
