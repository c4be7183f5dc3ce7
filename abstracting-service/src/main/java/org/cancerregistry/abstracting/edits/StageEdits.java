package org.cancerregistry.abstracting.edits;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Stage, lymph node counts and sequence numbers consistent with behavior. */
final class StageEdits {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Set<String> BEHAVIORS = Set.of("0", "1", "2", "3");
    private static final String NO_NODES_EXAMINED = "00";
    private static final String NODES_NOT_EXAMINED = "98";

    private StageEdits() {
    }

    static List<Edit> edits() {
        return List.of(
                RuleEdit.of("SUMMARY_STAGE_IN_SITU", "Summary Stage 2018 is 0 (in situ) exactly when behavior is 2 (in situ)",
                        List.of("summaryStage2018", "behaviorCodeIcdO3"), record -> {
                            String stage = record.value("summaryStage2018");
                            String behavior = record.value("behaviorCodeIcdO3");
                            if (stage.isEmpty() || behavior.isEmpty() || stage.equals("0") == behavior.equals("2")) {
                                return Optional.empty();
                            }
                            return Optional.of("summaryStage2018 " + stage + " does not agree with behaviorCodeIcdO3 " + behavior);
                        }),
                RuleEdit.of("NODES_POSITIVE_WITHIN_EXAMINED",
                        "Regional nodes positive do not exceed nodes examined; none examined means positive 98",
                        List.of("regionalNodesPositive", "regionalNodesExamined"), StageEdits::nodesProblem),
                new RuleEdit("SEQUENCE_NUMBER_BEHAVIOR",
                        "Sequence number 00-59 or 99 for in situ and malignant tumors, 60-88 or 98 for benign and borderline",
                        List.of("sequenceNumberCentral", "sequenceNumberHospital", "behaviorCodeIcdO3"), record -> {
                            String behavior = record.value("behaviorCodeIcdO3");
                            if (!BEHAVIORS.contains(behavior)) {
                                return Optional.empty();
                            }
                            for (String item : List.of("sequenceNumberCentral", "sequenceNumberHospital")) {
                                String sequence = record.value(item);
                                if (!TWO_DIGITS.matcher(sequence).matches()) {
                                    continue;
                                }
                                int number = Integer.parseInt(sequence);
                                boolean malignantRange = number <= 59 || number == 99;
                                boolean nonMalignantRange = number >= 60 && number <= 88 || number == 98;
                                boolean malignant = behavior.equals("2") || behavior.equals("3");
                                if (malignant ? !malignantRange : !nonMalignantRange) {
                                    return Optional.of(new RuleEdit.Problem(item + " " + sequence
                                            + " is not a sequence number for behaviorCodeIcdO3 " + behavior,
                                            List.of(item, "behaviorCodeIcdO3")));
                                }
                            }
                            return Optional.empty();
                        }));
    }

    private static Optional<String> nodesProblem(AbstractRecord record) {
        String positive = record.value("regionalNodesPositive");
        String examined = record.value("regionalNodesExamined");
        if (!TWO_DIGITS.matcher(positive).matches() || !TWO_DIGITS.matcher(examined).matches()) {
            return Optional.empty();
        }
        if (examined.equals(NO_NODES_EXAMINED) && !positive.equals(NODES_NOT_EXAMINED)) {
            return Optional.of("regionalNodesExamined 00 needs regionalNodesPositive 98, not " + positive);
        }
        // Codes 00-90 are counts; above 90 they say "unknown", "aspiration only" and the like.
        int positiveCount = Integer.parseInt(positive);
        int examinedCount = Integer.parseInt(examined);
        if (positiveCount <= 90 && examinedCount <= 90 && positiveCount > examinedCount) {
            return Optional.of("regionalNodesPositive " + positive + " exceeds regionalNodesExamined " + examined);
        }
        return Optional.empty();
    }
}
