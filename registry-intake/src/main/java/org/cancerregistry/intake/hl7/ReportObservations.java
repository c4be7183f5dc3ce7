package org.cancerregistry.intake.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cancerregistry.intake.report.PathologyReportContent.ReportSection;
import org.cancerregistry.intake.report.PathologyReportContent.SynopticObservation;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.segment.OBX;

/**
 * What a report's OBX segments say, wherever Volume V puts them (under an order or under a specimen): narrative
 * text sections by LOINC, discrete results (CAP checklist answers) as question/answer pairs, and the ICD-O-3
 * behavior codes among those results.
 */
final class ReportObservations {

    // Narrative value types; ST is narrative too when it carries a LOINC report section ("Nature of specimen").
    private static final Set<String> NARRATIVE_TYPES = Set.of("TX", "FT");
    private static final Set<String> SHORT_TEXT_TYPES = Set.of("ST", "");
    private static final String LOINC = "LN";
    // An ICD-O-3 morphology written as 8500/3, or as M-85003 / M85003 in the older SNOMED-like form.
    private static final Pattern MORPHOLOGY = Pattern.compile("(?:\\d{4}/|M-?\\d{4})([0-9])");
    private static final Set<String> BEHAVIORS = Set.of("0", "1", "2", "3", "6", "9");

    private final List<ReportSection> sections = new ArrayList<>();
    private final List<SynopticObservation> synoptic = new ArrayList<>();
    private final List<String> behaviorCodes = new ArrayList<>();

    List<ReportSection> sections() {
        return sections;
    }

    List<SynopticObservation> synoptic() {
        return synoptic;
    }

    List<String> behaviorCodes() {
        return behaviorCodes;
    }

    void add(OBX obx) throws HL7Exception {
        String loinc = text(obx.getObservationIdentifier().getIdentifier().getValue());
        String name = text(obx.getObservationIdentifier().getText().getValue());
        String system = text(obx.getObservationIdentifier().getNameOfCodingSystem().getValue());
        String valueType = text(obx.getValueType().getValue());
        boolean narrative = NARRATIVE_TYPES.contains(valueType)
                || SHORT_TEXT_TYPES.contains(valueType) && (system.isEmpty() || system.equals(LOINC));
        if (narrative) {
            List<String> lines = new ArrayList<>();
            for (Varies value : obx.getObservationValue()) {
                String line = plain(value);
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                sections.add(new ReportSection(loinc, name, String.join("\n", lines).replace("\\.br\\", "\n")));
            }
            return;
        }
        String subId = text(obx.getObservationSubID().getValue());
        for (Varies value : obx.getObservationValue()) {
            Optional<Answer> answer = first(value.getData());
            if (answer.isEmpty()) {
                continue;
            }
            synoptic.add(new SynopticObservation(subId, loinc, name, system, answer.get().code(), answer.get().text()));
            behavior(answer.get().code()).or(() -> behavior(answer.get().text())).ifPresent(behaviorCodes::add);
        }
    }

    /** A coded answer (code and text, as in CWE) or a plain one (text only). */
    private record Answer(String code, String text) {
    }

    private static Optional<Answer> first(Type data) {
        if (data instanceof Primitive primitive) {
            String value = text(primitive.getValue());
            return value.isEmpty() ? Optional.empty() : Optional.of(new Answer("", value));
        }
        if (data instanceof Composite composite) {
            Type[] components = composite.getComponents();
            String code = components.length > 0 ? plain(components[0]) : "";
            String text = components.length > 1 ? plain(components[1]) : "";
            if (code.isEmpty() && text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Answer(code, text));
        }
        return Optional.empty();
    }

    private static String plain(Type type) {
        Type data = type instanceof Varies varies ? varies.getData() : type;
        if (data instanceof Primitive primitive) {
            return text(primitive.getValue());
        }
        if (data instanceof Composite composite && composite.getComponents().length > 0) {
            return plain(composite.getComponents()[0]);
        }
        return "";
    }

    private static Optional<String> behavior(String value) {
        Matcher morphology = MORPHOLOGY.matcher(value);
        return morphology.matches() && BEHAVIORS.contains(morphology.group(1)) ? Optional.of(morphology.group(1)) : Optional.empty();
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
