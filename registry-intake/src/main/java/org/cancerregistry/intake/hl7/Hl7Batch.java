package org.cancerregistry.intake.hl7;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one HTTP body: a single message, or an HL7 batch (FHS/BHS ... BTS/FTS) whose
 * messages are judged one by one. Segment separators {@code \r}, {@code \n} and {@code \r\n} are
 * all accepted and normalised to {@code \r}.
 */
public record Hl7Batch(boolean enveloped, List<String> messages) {

    private static final List<String> ENVELOPE_SEGMENTS = List.of("FHS", "BHS", "BTS", "FTS");

    public static Hl7Batch of(String body) {
        String[] segments = body.replace("\r\n", "\r").replace('\n', '\r').split("\r");
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        boolean enveloped = false;
        for (String segment : segments) {
            if (segment.isBlank()) {
                continue;
            }
            String id = segment.length() >= 3 ? segment.substring(0, 3) : segment;
            if (ENVELOPE_SEGMENTS.contains(id)) {
                enveloped = true;
                continue;
            }
            if (id.equals("MSH") || current == null) {
                if (current != null) {
                    messages.add(current.toString());
                }
                current = new StringBuilder();
            }
            current.append(segment).append('\r');
        }
        if (current != null) {
            messages.add(current.toString());
        }
        return new Hl7Batch(enveloped, messages);
    }
}
