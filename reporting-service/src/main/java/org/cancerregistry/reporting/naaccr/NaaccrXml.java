package org.cancerregistry.reporting.naaccr;

/** Names the NAACCR XML specification 1.8 gives to the parts of a file. */
final class NaaccrXml {

    static final String NAMESPACE = "http://naaccr.org/naaccrxml";
    static final String SPECIFICATION_VERSION = "1.8";

    static final String ITEM = "Item";
    static final String NAACCR_ID = "naaccrId";
    static final String NAACCR_NUM = "naaccrNum";

    static final String BASE_DICTIONARY_URI = "baseDictionaryUri";
    static final String USER_DICTIONARY_URI = "userDictionaryUri";
    static final String RECORD_TYPE = "recordType";
    static final String SPECIFICATION_VERSION_ATTRIBUTE = "specificationVersion";
    static final String TIME_GENERATED = "timeGenerated";

    private NaaccrXml() {
    }
}
