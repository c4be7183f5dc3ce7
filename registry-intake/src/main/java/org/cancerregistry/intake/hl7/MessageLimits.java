package org.cancerregistry.intake.hl7;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The registry's caps on the structure of an HL7 body, checked on the raw text before HAPI parses it, so
 * that no message makes the parser allocate much more than its own size. The defaults are far above what
 * a Volume V report needs (a few dozen segments, PID-3 with a handful of identifiers, XCN with 23 components).
 */
@ConfigMapping(prefix = "intake.hl7.limits")
public interface MessageLimits {

    /** Messages in one HTTP body (an HL7 batch). */
    @WithDefault("1000")
    int messagesPerBatch();

    /** Segments in one message. */
    @WithDefault("5000")
    int segmentsPerMessage();

    /** Fields in one segment. */
    @WithDefault("100")
    int fieldsPerSegment();

    /** Repetitions of one field. */
    @WithDefault("50")
    int repetitionsPerField();

    /** Components in one repetition of a field. */
    @WithDefault("30")
    int componentsPerField();

    /** Subcomponents in one component. */
    @WithDefault("30")
    int subcomponentsPerComponent();

    /**
     * Escape characters ({@code \}) in one field: two per escape sequence, such as a line break {@code \.br\}.
     * HAPI allocates a few hundred bytes for each when it unescapes the field.
     */
    @WithDefault("5000")
    int escapeCharactersPerField();
}
