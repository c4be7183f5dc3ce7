package org.cancerregistry.intake.hl7;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a message's MSH that its acknowledgement needs, as encoded in the message, read
 * before (and whether or not) the rest of the message can be parsed.
 */
public record MessageHeader(String sendingApplication, String sendingFacility, String controlId) {

    static final MessageHeader UNKNOWN = new MessageHeader("", "", "");
    // MSH-10 is at most 199 characters (HL7 v2.7 lengths, which v2.5.1 receivers accept); MSH-3 and MSH-4 are HDs of 227.
    private static final int ECHOED_LENGTH = 227;

    /**
     * Reads MSH-3, MSH-4 and MSH-10 of a message that starts with {@code MSH|}, each cut to the length an ACK
     * may echo, whatever the size of the message.
     */
    static MessageHeader of(String message) {
        int end = message.indexOf('\r');
        String segment = end < 0 ? message : message.substring(0, end);
        // fields.get(0) is "MSH" and fields.get(1) MSH-2, because MSH-1 is the separator itself: MSH-n is fields.get(n - 1).
        List<String> fields = new ArrayList<>(10);
        int start = 0;
        while (fields.size() < 10 && start <= segment.length()) {
            int next = segment.indexOf('|', start);
            int fieldEnd = next < 0 ? segment.length() : next;
            fields.add(segment.substring(start, Math.min(fieldEnd, start + ECHOED_LENGTH)));
            start = fieldEnd + 1;
        }
        return new MessageHeader(field(fields, 3), field(fields, 4), field(fields, 10));
    }

    /** The CLIA number in MSH-4 (NAME^CLIA^CLIA), or empty. */
    String sendingClia() {
        String[] components = sendingFacility.split("\\^", -1);
        return components.length > 1 ? components[1] : "";
    }

    private static String field(List<String> fields, int position) {
        return fields.size() >= position ? fields.get(position - 1) : "";
    }
}
