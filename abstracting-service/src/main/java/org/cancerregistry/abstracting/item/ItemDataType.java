package org.cancerregistry.abstracting.item;

/** The NAACCR dictionary's dataType values; an item without a dataType attribute is TEXT. */
public enum ItemDataType {
    ALPHA,
    DIGITS,
    MIXED,
    NUMERIC,
    TEXT,
    DATE,
    DATE_TIME
}
