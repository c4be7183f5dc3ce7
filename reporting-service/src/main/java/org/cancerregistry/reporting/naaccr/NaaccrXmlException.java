package org.cancerregistry.reporting.naaccr;

/**
 * NAACCR XML that is malformed or breaks the NAACCR XML rules. The message says what and where (line number)
 * and never quotes item values, which may be PHI.
 */
public class NaaccrXmlException extends RuntimeException {

    public NaaccrXmlException(String message) {
        super(message);
    }
}
