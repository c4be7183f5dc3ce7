package org.cancerregistry.intake.hl7;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one message's raw text against the {@link MessageLimits} in a single pass, counting separators
 * the way HAPI splits on them. Segments are separated by {@code \r} (as {@link Hl7Batch} leaves them).
 */
final class MessageBounds {

    private static final String MSH_PREFIX = "MSH|^~\\&";
    private static final Pattern SEGMENT_ID = Pattern.compile("[A-Z][A-Z0-9]{2}");

    private MessageBounds() {
    }

    /**
     * A message with U+0000 anywhere, also in a segment the registry does not read: PostgreSQL cannot store it in the
     * raw message. AE naming the field where it is, or AR when it sits in a segment's name and the structure is unreadable.
     */
    static Optional<Hl7Reading> firstNul(String message, MessageHeader header) {
        int nul = message.indexOf('\u0000');
        if (nul < 0) {
            return Optional.empty();
        }
        int start = message.lastIndexOf('\r', nul) + 1;
        if (nul - start < 3) {
            return Optional.of(Hl7Reading.rejected(header, new Hl7Problem("MSH", 1, 0, 0, Hl7Problem.ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "a segment name holds the character U+0000: the message cannot be read")));
        }
        String id = segmentId(message, start, start + 3);
        int sequence = 1;
        for (int at = 0; at < start; at = message.indexOf('\r', at) + 1) {
            if (message.startsWith(id, at)) {
                sequence++;
            }
        }
        int field = message.startsWith(MSH_PREFIX, start) ? 1 : 0;
        int component = 1;
        for (int i = start; i < nul; i++) {
            char c = message.charAt(i);
            if (c == '|') {
                field++;
                component = 1;
            } else if (c == '^') {
                component++;
            }
        }
        return Optional.of(Hl7Reading.inError(header, List.of(new Hl7Problem(id, sequence, field, component,
                Hl7Problem.ErrorCode.DATA_TYPE_ERROR,
                id + "-" + field + " holds the character U+0000, which no field may hold"))));
    }

    /** The first cap the message exceeds, as the problem to acknowledge, or empty. */
    static Optional<Hl7Problem> firstExceeded(String message, MessageLimits limits) {
        int segments = 0;
        Map<String, Integer> occurrences = new HashMap<>();
        int start = 0;
        while (start < message.length()) {
            int end = message.indexOf('\r', start);
            if (end < 0) {
                end = message.length();
            }
            if (end > start) {
                segments++;
                String id = segmentId(message, start, end);
                int sequence = occurrences.merge(id, 1, Integer::sum);
                if (segments > limits.segmentsPerMessage()) {
                    return Optional.of(new Hl7Problem(id, sequence, 0, 0,
                            Hl7Problem.ErrorCode.SEGMENT_SEQUENCE_ERROR,
                            "the message has more than " + limits.segmentsPerMessage() + " segments, the registry's cap"));
                }
                Optional<Hl7Problem> problem = segmentProblem(message, id, start, end, sequence, limits);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Optional<Hl7Problem> segmentProblem(String message, String id, int start, int end, int sequence,
            MessageLimits limits) {
        // MSH-1 is the field separator and MSH-2 the encoding characters: counting starts at MSH-3.
        boolean header = message.startsWith(MSH_PREFIX, start);
        int field = header ? 2 : 0;
        int position = header ? start + MSH_PREFIX.length() : start;
        int repetitions = 1;
        int components = 1;
        int subcomponents = 1;
        int escapes = 0;
        for (int i = position; i < end; i++) {
            switch (message.charAt(i)) {
                case '|' -> {
                    field++;
                    escapes = 0;
                    repetitions = 1;
                    components = 1;
                    subcomponents = 1;
                    if (field > limits.fieldsPerSegment()) {
                        return exceeded(id, sequence, field, "more than " + limits.fieldsPerSegment() + " fields");
                    }
                }
                case '~' -> {
                    repetitions++;
                    components = 1;
                    subcomponents = 1;
                    if (repetitions > limits.repetitionsPerField()) {
                        return exceeded(id, sequence, field, "more than " + limits.repetitionsPerField() + " repetitions");
                    }
                }
                case '^' -> {
                    components++;
                    subcomponents = 1;
                    if (components > limits.componentsPerField()) {
                        return exceeded(id, sequence, field, "more than " + limits.componentsPerField() + " components");
                    }
                }
                case '&' -> {
                    subcomponents++;
                    if (subcomponents > limits.subcomponentsPerComponent()) {
                        return exceeded(id, sequence, field,
                                "more than " + limits.subcomponentsPerComponent() + " subcomponents in a component");
                    }
                }
                case '\\' -> {
                    escapes++;
                    if (escapes > limits.escapeCharactersPerField()) {
                        return exceeded(id, sequence, field, "more than " + limits.escapeCharactersPerField() + " escape characters");
                    }
                }
                default -> {
                    // an ordinary character
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Hl7Problem> exceeded(String segment, int sequence, int field, String what) {
        return Optional.of(new Hl7Problem(segment, sequence, field, 0, Hl7Problem.ErrorCode.DATA_TYPE_ERROR,
                segment + "-" + field + " has " + what + ", the registry's cap"));
    }

    /** The segment's name, or {@code ???} for one that is not a segment name at all. */
    private static String segmentId(String message, int start, int end) {
        String id = message.substring(start, Math.min(end, start + 3));
        return SEGMENT_ID.matcher(id).matches() ? id : "???";
    }
}
