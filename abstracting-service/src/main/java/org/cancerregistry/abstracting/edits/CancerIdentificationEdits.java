package org.cancerregistry.abstracting.edits;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Site, sex, laterality, behavior and diagnostic confirmation consistent with one another. */
final class CancerIdentificationEdits {

    private static final String MALE = "1";
    private static final String FEMALE = "2";
    private static final String IN_SITU = "2";
    private static final Set<String> MICROSCOPIC_CONFIRMATION = Set.of("1", "2", "4");
    private static final String HISTOLOGY_PLUS_IMMUNOPHENOTYPING = "3";

    private CancerIdentificationEdits() {
    }

    static List<Edit> edits() {
        return List.of(
                RuleEdit.of("SITE_REQUIRES_MALE", "Male genital sites (C600-C639) need sex assigned at birth 1 (male)",
                        List.of("primarySite", "sexAssignedAtBirth"), record -> {
                            String site = record.value("primarySite");
                            String sex = record.value("sexAssignedAtBirth");
                            return Topography.isMaleOnly(site) && !sex.isEmpty() && !sex.equals(MALE)
                                    ? Optional.of("primarySite " + site + " is a male genital site but sexAssignedAtBirth is " + sex)
                                    : Optional.empty();
                        }),
                RuleEdit.of("SITE_REQUIRES_FEMALE",
                        "Female genital sites and placenta (C510-C589) need sex assigned at birth 2 (female)",
                        List.of("primarySite", "sexAssignedAtBirth"), record -> {
                            String site = record.value("primarySite");
                            String sex = record.value("sexAssignedAtBirth");
                            return Topography.isFemaleOnly(site) && !sex.isEmpty() && !sex.equals(FEMALE)
                                    ? Optional.of("primarySite " + site + " is a female genital site but sexAssignedAtBirth is " + sex)
                                    : Optional.empty();
                        }),
                RuleEdit.of("LATERALITY_PAIRED_ORGAN", "A paired organ has laterality 1-5 or 9, not 0",
                        List.of("primarySite", "laterality"), record -> {
                            String site = record.value("primarySite");
                            String laterality = record.value("laterality");
                            return Topography.isPairedOrgan(site) && laterality.equals("0")
                                    ? Optional.of("primarySite " + site + " is a paired organ but laterality is 0 (not paired)")
                                    : Optional.empty();
                        }),
                RuleEdit.of("LATERALITY_NOT_PAIRED", "A site that is not a paired organ has laterality 0",
                        List.of("primarySite", "laterality"), record -> {
                            String site = record.value("primarySite");
                            String laterality = record.value("laterality");
                            return Topography.isValid(site) && !Topography.isPairedOrgan(site)
                                    && !laterality.isEmpty() && !laterality.equals("0")
                                    ? Optional.of("primarySite " + site + " is not a paired organ but laterality is " + laterality)
                                    : Optional.empty();
                        }),
                RuleEdit.of("IN_SITU_MICROSCOPIC_CONFIRMATION",
                        "An in situ tumor (behavior 2) is microscopically confirmed (diagnostic confirmation 1, 2 or 4)",
                        List.of("behaviorCodeIcdO3", "diagnosticConfirmation"), record -> {
                            String confirmation = record.value("diagnosticConfirmation");
                            return record.value("behaviorCodeIcdO3").equals(IN_SITU) && !confirmation.isEmpty()
                                    && !MICROSCOPIC_CONFIRMATION.contains(confirmation)
                                    ? Optional.of("behaviorCodeIcdO3 2 (in situ) needs microscopic confirmation but "
                                    + "diagnosticConfirmation is " + confirmation)
                                    : Optional.empty();
                        }),
                RuleEdit.of("IN_SITU_NOT_POSSIBLE",
                        "No in situ behavior for hematopoietic histologies (9590-9993) or sites without epithelium",
                        List.of("behaviorCodeIcdO3", "histologicTypeIcdO3", "primarySite"), record -> {
                            if (!record.value("behaviorCodeIcdO3").equals(IN_SITU)) {
                                return Optional.empty();
                            }
                            String site = record.value("primarySite");
                            String histology = record.value("histologicTypeIcdO3");
                            if (Morphology.isHematopoietic(histology)) {
                                return Optional.of("behaviorCodeIcdO3 2 (in situ) is impossible for hematopoietic "
                                        + "histologicTypeIcdO3 " + histology + " (primarySite " + site + ")");
                            }
                            return Topography.isValid(site) && !Topography.allowsInSitu(site)
                                    ? Optional.of("behaviorCodeIcdO3 2 (in situ) is impossible for primarySite " + site
                                    + " (histologicTypeIcdO3 " + histology + ")")
                                    : Optional.empty();
                        }),
                RuleEdit.of("REPORTABLE_BEHAVIOR",
                        "Benign and borderline tumors (behavior 0, 1) are reportable only in brain and CNS (C700-C729, C751-C753)",
                        List.of("behaviorCodeIcdO3", "primarySite"), record -> {
                            String behavior = record.value("behaviorCodeIcdO3");
                            String site = record.value("primarySite");
                            return (behavior.equals("0") || behavior.equals("1")) && Topography.isValid(site)
                                    && !Topography.isCentralNervousSystem(site)
                                    ? Optional.of("behaviorCodeIcdO3 " + behavior + " is not reportable for primarySite " + site)
                                    : Optional.empty();
                        }),
                RuleEdit.of("HEMATOPOIETIC_CONFIRMATION",
                        "Diagnostic confirmation 3 (histology plus immunophenotyping or genetics) is only for histologies 9590-9993",
                        List.of("diagnosticConfirmation", "histologicTypeIcdO3"), record -> {
                            String histology = record.value("histologicTypeIcdO3");
                            return record.value("diagnosticConfirmation").equals(HISTOLOGY_PLUS_IMMUNOPHENOTYPING)
                                    && Morphology.isValid(histology) && !Morphology.isHematopoietic(histology)
                                    ? Optional.of("diagnosticConfirmation 3 is only for hematopoietic and lymphoid "
                                    + "neoplasms, not histologicTypeIcdO3 " + histology)
                                    : Optional.empty();
                        }));
    }
}
