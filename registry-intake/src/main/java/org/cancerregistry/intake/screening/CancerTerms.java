package org.cancerregistry.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Diagnoses that matter to the registry, each sorted into the {@link Kind} that decides how it counts. */
final class CancerTerms {

    enum Kind {
        /** Malignant, or in situ at a site the term itself names (DCIS, melanoma in situ, VIN III). */
        CANCER,
        /** In situ disease whose site the term does not name: not reportable when the sentence is about the cervix. */
        IN_SITU,
        /** Benign and borderline tumors of the brain and CNS, reportable whatever their behavior. */
        CNS_TUMOR,
        /** Lobular carcinoma in situ: reportable in some registries only. */
        LCIS,
        /** HSIL / CIN III of the cervix: excluded from registration. */
        CERVICAL_PRECANCER
    }

    record Term(Kind kind, Span span) {
    }

    private static final String CNS_TUMOR = Phrases.alternatives(
            "meningiomas?", "schwannomas?", "(?:acoustic|vestibular) neuromas?", "pituitary (?:macro|micro)?adenomas?",
            "craniopharyngiomas?", "(?:sub)?ependymomas?", "hemangioblastomas?", "choroid plexus papillomas?",
            "pineocytomas?");

    private static final String LCIS = Phrases.alternatives(
            "(?:pleomorphic )?lobular carcinoma in situ", "lcis", "lobular neoplasia");

    private static final String CERVICAL_PRECANCER = Phrases.alternatives(
            "high grade squamous intraepithelial lesions?", "hsil",
            "cervical intraepithelial neoplasia,? (?:grade )?(?:iii|3)", "cin[\\s-]*(?:(?:ii|2)[\\s/-]*)?(?:iii|3)");

    private static final String IN_SITU = Phrases.alternatives(
            "\\w*carcinomas?,? in situ", "cis", "in situ(?! hybridi[sz]ation)");

    private static final String TUMOR = Phrases.alternatives(
            "\\w*carcinoma(?:s|tosis|tous)?", "(?!osteo|chondro|lipo)\\w*blastomas?", "\\w*sarcomas?",
            "\\w*lymphomas?", "\\w*leuka?emias?", "\\w*melanomas?", "\\w*myelomas?", "plasmacytomas?",
            "\\w*mesotheliomas?", "\\w*seminomas?", "dysgerminomas?", "germ cell (?:tumou?rs?|neoplasia)",
            "\\w*gliomas?", "gliomatosis", "\\w*astrocytomas?",
            "(?:non )?hodgkin(?:['’]?s)?(?: (?:lymphomas?|disease))?",
            "myelodysplastic (?:syndromes?|neoplasms?)", "myeloproliferative (?:neoplasms?|disorders?|diseases?)",
            "polycyth(?:a)?emia vera", "essential thrombocyth(?:a)?emia", "primary myelofibrosis",
            "mycosis fungoides", "cll(?:/sll)?", "sll", "dcis",
            // Intraepithelial neoplasia III is reportable in situ disease everywhere but the cervix.
            "(?:vin|vain|ain)[\\s-]*(?:iii|3)");

    private static final String CANCER = Phrases.alternatives(
            "(?:(?:metastatic|malignant) )*" + TUMOR, "malignant neoplasms?", "neoplasms?,? malignant",
            // "Uncertain/low malignant potential" describes a borderline (behavior 1) tumor.
            "malignant(?! potential)", "malignanc(?:y|ies)", "(?:micro)?metasta(?:sis|ses|tic)", "cancers?");

    private static final Pattern TERMS = Phrases.wordBounded("(?:(?<cns>" + CNS_TUMOR + ")|(?<lcis>" + LCIS
            + ")|(?<cervical>" + CERVICAL_PRECANCER + ")|(?<insitu>" + IN_SITU + ")|(?<cancer>" + CANCER + "))");

    private static final Pattern CERVIX = Phrases.compile(
            "cervix", "cervical", "(?:endo|ecto|exo)cervi(?:x|cal)", "cin[\\s-]*(?:i{1,3}|[1-3])");

    private CancerTerms() {
    }

    static List<Term> in(CharSequence clause) {
        List<Term> terms = new ArrayList<>();
        Matcher matcher = TERMS.matcher(clause);
        while (matcher.find()) {
            terms.add(new Term(kindOf(matcher), new Span(matcher.start(), matcher.end())));
        }
        return terms;
    }

    static boolean isAboutTheCervix(CharSequence sentence) {
        return CERVIX.matcher(sentence).find();
    }

    private static Kind kindOf(Matcher matcher) {
        if (matcher.group("cns") != null) {
            return Kind.CNS_TUMOR;
        }
        if (matcher.group("lcis") != null) {
            return Kind.LCIS;
        }
        if (matcher.group("cervical") != null) {
            return Kind.CERVICAL_PRECANCER;
        }
        return matcher.group("insitu") != null ? Kind.IN_SITU : Kind.CANCER;
    }
}
