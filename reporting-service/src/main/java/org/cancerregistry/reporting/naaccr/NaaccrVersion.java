package org.cancerregistry.reporting.naaccr;

/** The NAACCR versions this registry exports. */
public enum NaaccrVersion {
    V250("250"),
    V260("260");

    private final String code;

    NaaccrVersion(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String baseDictionaryUri() {
        return "http://naaccr.org/naaccrxml/naaccr-dictionary-" + code + ".xml";
    }
}
