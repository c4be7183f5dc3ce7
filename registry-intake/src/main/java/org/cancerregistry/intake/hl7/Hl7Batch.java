package org.cancerregistry.intake.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The messages of one HTTP body: a single message, or an HL7 batch (FHS/BHS ... BTS/FTS) whose
 * messages are judged one by one. Segment separators {@code \r}, {@code \n} and {@code \r\n} are
 * all accepted and normalised to {@code \r}.
 */
public record Hl7Batch(boolean enveloped, List<String> messages) {

    private static final Set<String> ENVELOPE_SEGMENTS = Set.of("FHS", "BHS", "BTS", "FTS");

    /** Splits {@code body} into at most {@code maxMessages + 1} messages: one more than the cap tells it was exceeded. */
    public static Hl7Batch of(String body, int maxMessages) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = null;
        boolean enveloped = false;
        int start = 0;
        while (start < body.length() && messages.size() <= maxMessages) {
            int end = segmentEnd(body, start);
            String segment = body.substring(start, end);
            start = end + 1;
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
        if (current != null && messages.size() <= maxMessages) {
            messages.add(current.toString());
        }
        return new Hl7Batch(enveloped, messages);
    }

    private static int segmentEnd(String body, int start) {
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r' || c == '\n') {
                return i;
            }
        }
        return body.length();
    }
}
