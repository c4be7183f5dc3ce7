package org.cancerregistry.intake.hl7;

/**
 * The parts of a message's MSH that its acknowledgement needs, as encoded in the message, read
 * before (and whether or not) the rest of the message can be parsed.
 */
public record MessageHeader(String sendingApplication, String sendingFacility, String controlId) {

    static final MessageHeader UNKNOWN = new MessageHeader("", "", "");

    /** Reads MSH-3, MSH-4 and MSH-10 of a message that starts with {@code MSH|}. */
    static MessageHeader of(String message) {
        int end = message.indexOf('\r');
        String[] fields = (end < 0 ? message : message.substring(0, end)).split("\\|", -1);
        // fields[0] is "MSH" and fields[1] MSH-2, because MSH-1 is the separator itself: MSH-n is fields[n - 1].
        return new MessageHeader(field(fields, 3), field(fields, 4), field(fields, 10));
    }

    /** The CLIA number in MSH-4 (NAME^CLIA^CLIA), or empty. */
    String sendingClia() {
        String[] components = sendingFacility.split("\\^", -1);
        return components.length > 1 ? components[1] : "";
    }

    private static String field(String[] fields, int position) {
        return fields.length >= position ? fields[position - 1] : "";
    }
}
