package org.cancerregistry.abstracting.tumor;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.primaries.MultiplePrimaryRules;
import org.cancerregistry.abstracting.primaries.PrimaryComparison;
import org.cancerregistry.abstracting.primaries.PrimaryDecision;
import org.cancerregistry.abstracting.primaries.TumorFacts;

/**
 * Compares a report's tumor with each tumor the patient has, by the multiple-primary rules: the same
 * primary as one of them, a new primary, or a question for the registrar.
 */
@ApplicationScoped
public class TumorLinker {

    private final MultiplePrimaryRules rules = new MultiplePrimaryRules();

    public TumorLinkage link(TumorFacts incoming, List<Tumor> existing) {
        if (existing.isEmpty()) {
            return TumorLinkage.firstTumor();
        }
        TumorLinkage questionable = null;
        TumorLinkage multiple = null;
        for (Tumor tumor : existing) {
            PrimaryComparison comparison = rules.compare(factsOf(tumor), incoming);
            TumorLinkage linkage = new TumorLinkage(comparison.decision(), tumor.id, comparison.rule(), comparison.reason());
            if (comparison.decision() == PrimaryDecision.SINGLE) {
                return linkage;
            }
            if (comparison.decision() == PrimaryDecision.QUESTIONABLE && questionable == null) {
                questionable = linkage;
            } else if (multiple == null) {
                multiple = linkage;
            }
        }
        if (questionable != null) {
            return questionable;
        }
        // A new primary: no existing tumor is linked, the last rule that said so is kept as the reason.
        return new TumorLinkage(PrimaryDecision.MULTIPLE, null, multiple.rule(), multiple.reason());
    }

    /** A tumor's facts from its abstract, or from the suggestions where the registrar has not coded yet. */
    static TumorFacts factsOf(Tumor tumor) {
        return facts(tumor.items, tumor.suggestions);
    }

    public static TumorFacts facts(Map<String, String> items, Map<String, String> suggestions) {
        return new TumorFacts(
                coded("primarySite", items, suggestions),
                coded("laterality", items, suggestions),
                coded("histologicTypeIcdO3", items, suggestions),
                coded("behaviorCodeIcdO3", items, suggestions),
                // Until the registrar codes the date of diagnosis, the specimen collection date stands in for it.
                coded("dateOfDiagnosis", items, Map.of("dateOfDiagnosis", items.getOrDefault("pathDateSpecCollect1", "").replace("-", ""))));
    }

    private static String coded(String naaccrId, Map<String, String> items, Map<String, String> suggestions) {
        String value = items.getOrDefault(naaccrId, "");
        return value.isBlank() ? suggestions.getOrDefault(naaccrId, "") : value;
    }
}
