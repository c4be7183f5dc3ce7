package org.cancerregistry.intake.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diagnoses that matter to the registry, each sorted into the {@link Kind} that decides how it counts. The rules
 * are those of the SEER Program Coding and Staging Manual, "Reportability": every histology with an ICD-O-3.2
 * behavior of /2 or /3 is reportable except the listed exclusions, and so are benign and borderline tumors of
 * the brain and central nervous system.
 */
final class CancerTerms {

    enum Kind {
        /** Malignant, or in situ at a site the term itself names (DCIS, melanoma in situ, VIN III). */
        CANCER(false),
        /** In situ disease whose site the term does not name: not reportable when the sentence is about the cervix. */
        IN_SITU(false),
        /** Basal cell carcinoma and the other skin-only carcinomas of 8090-8110: of the skin unless a site is named. */
        BASAL_CELL_CARCINOMA(false),
        /** Squamous cell and verrucous carcinoma (8050-8084), in situ too: of the skin only when the specimen is. */
        SQUAMOUS_CELL_CARCINOMA(false),
        /** Benign and borderline tumors that arise only in the brain, meninges, cranial nerves and sella. */
        CNS_TUMOR(true),
        /** Benign tumors that count only where the text puts them in the CNS: schwannoma, neurofibroma, hemangioma. */
        CNS_SITE_TUMOR(true),
        /** Gastrointestinal stromal tumor: malignant in ICD-O-3.2 (from 2021) whatever the report calls it. */
        GIST(true),
        /** A histology the reportable list excludes although it may read like cancer (CIN III, PIN III). */
        EXCLUDED(false);

        private final boolean reportableWhateverItsBehavior;

        Kind(boolean reportableWhateverItsBehavior) {
            this.reportableWhateverItsBehavior = reportableWhateverItsBehavior;
        }

        /** Whether "benign" leaves it reportable. */
        boolean reportableWhateverItsBehavior() {
            return reportableWhateverItsBehavior;
        }
    }

    /** A diagnosis term; {@code inSitu} when it names in situ (/2) disease. */
    record Term(Kind kind, Span span, boolean inSitu) {
    }

    // "Intraductal papillary mucinous neoplasm (IPMN), gastric type, with" and the like, up to the dysplasia's grade.
    private static final String PANCREATIC_CYST_WITH = "(?:(?:intraductal papillary mucinous|mucinous cystic) neoplasms?"
            + "(?: \\((?:ipmn|mcn)\\))?|(?-i:IPMN|MCN)s?)(?:,? [\\w-]+ type)?,? with (?:focal )?";

    private static final String EXCLUDED = Phrases.alternatives(
            // "Carcinoma in situ of the cervix (CIS/CIN III)" is excluded for cases diagnosed 1996 and later.
            "high grade squamous intraepithelial lesions?", "hsil",
            "cervical intraepithelial neoplasia,? (?:grade )?(?:iii|3)", "cin[\\s-]*(?:(?:ii|2)[\\s/-]*)?(?:iii|3)",
            // "Prostatic intraepithelial neoplasia (PIN III), 8148/2" is excluded.
            "(?:high grade )?prostatic intraepithelial neoplasia,? (?:grade )?(?:iii|3)",
            "high grade prostatic intraepithelial neoplasia", "(?:high grade )?pin[\\s-]*(?:iii|3)", "hgpin",
            "high grade pin",
            // Borderline tumors (behavior /1), the ovary's included, are not reportable since 2001.
            "(?:\\w+ )?borderline tumou?rs?", "borderline \\w+ tumou?rs?", "atypical proliferative (?:\\w+ )?tumou?rs?",
            "(?:tumou?r|neoplasm)s? of (?:low|uncertain) malignant potential",
            // ICD-O-3.2 made thymoma malignant (2021) except microscopic thymoma (8580/0), micronodular thymoma
            // with lymphoid stroma (8580/1) and ectopic hamartomatous thymoma (8587/0).
            "microscopic thymomas?", "micronodular thymomas?(?: with lymphoid stroma)?", "ectopic hamartomatous thymomas?",
            // Pancreatic IPMN and MCN count from high-grade dysplasia (/2) on; low-grade ones are benign (/0).
            PANCREATIC_CYST_WITH + "(?:low|intermediate) grade dysplasia",
            "low grade (?:intraductal papillary mucinous neoplasms?|(?-i:IPMN)s?)",
            // "Early or evolving melanoma in situ, or any other early or evolving melanoma" is not reportable.
            "(?:early|evolving)(?: (?:or |and |/ )?(?:early|evolving))? melanomas?(?: in situ)?");

    private static final String CNS_TUMOR = Phrases.alternatives(
            "meningiomas?", "(?:acoustic|vestibular) (?:neuromas?|schwannomas?)",
            "pituitary (?:macro|micro)?adenomas?", "pituitary neuroendocrine tumou?rs?", "pitnets?",
            "craniopharyngiomas?", "(?:sub)?ependymomas?", "ha?emangioblastomas?", "choroid plexus papillomas?",
            "pineocytomas?", "gangliocytomas?", "central neurocytomas?", "dysembryoplastic neuroepithelial tumou?rs?");

    // Benign "brain-related tumors" count only in the brain, meninges, spinal cord, cauda equina, cranial nerves
    // and intracranial glands (Public Law 107-260): a schwannoma of a spinal nerve root or a hemangioma of the
    // liver does not.
    private static final String CNS_SITE_TUMOR = Phrases.alternatives(
            "schwannomas?", "neurilemm?omas?", "(?:plexiform )?neurofibromas?",
            "(?:cavernous |capillary |venous )?ha?emangiomas?");

    private static final String GIST = Phrases.alternatives(
            "(?:extra[\\s-]*)?gastrointestinal stromal tumou?rs?(?: \\((?-i:E?GIST)\\))?", "(?-i:E?GISTs?)");

    private static final String BASAL_CELL_CARCINOMA = Phrases.alternatives(
            "basal cell carcinomas?", "basal cell epitheliomas?", "basosquamous (?:cell )?carcinomas?", "bccs?",
            "keratinocyte carcinomas?", "pilomatri(?:x|cal) carcinomas?", "malignant pilomatricomas?",
            "trichilemmal carcinomas?", "trichilemmocarcinomas?");

    private static final String SQUAMOUS_CELL_CARCINOMA_IN_SITU = Phrases.alternatives(
            "squamous cell carcinomas?,? in situ", "scc in situ", "sccis", "bowen(?:['’]?s)? disease",
            "intraepidermal (?:squamous cell )?carcinomas?",
            "squamous intraepithelial neoplasia,? (?:grade )?(?:iii|3)", "ain[\\s-]*(?:iii|3)",
            "anal intraepithelial neoplasia,? (?:grade )?(?:iii|3)");

    private static final String SQUAMOUS_CELL_CARCINOMA = Phrases.alternatives(
            "squamous cell carcinomas?", "squamous carcinomas?", "sccs?", "verrucous carcinomas?");

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
            // Lobular carcinoma in situ is 8520/2 and so reportable, as are LN III and LIN III of the breast (2016).
            "(?:pleomorphic )?lobular carcinoma in situ", "lcis",
            "lobular (?:intraepithelial )?neoplasia,? (?:grade )?(?:iii|3)", "lin[\\s-]*(?:iii|3)",
            // Intraepithelial neoplasia III is reportable in situ disease everywhere but the cervix and prostate.
            "(?:vin|vain|pein)[\\s-]*(?:iii|3)",
            "(?:vulvar|vaginal|penile|laryngeal) intraepithelial neoplasia,? (?:grade )?(?:iii|3)",
            // Carcinoid and neuroendocrine tumors are malignant (8240/3) at every site, the appendix included (2015).
            "\\w*carcinoids?(?: tumou?rs?)?", "(?:well differentiated )?neuroendocrine (?:tumou?rs?|neoplasms?)",
            "(?-i:NETs?),?[\\s-]+(?:who[\\s-]+)?(?:grade|g)[\\s-]*[123]",
            // ICD-O-3.2 made thymoma malignant (8580/3) from 2021; the benign exceptions are EXCLUDED.
            "\\w*thymomas?",
            // PanIN III (2016), IPMN and MCN with high-grade dysplasia (8453/2, 8470/2).
            "pancreatic intraepithelial neoplasia,? (?:grade )?(?:iii|3)", "panin[\\s-]*(?:iii|3)",
            "high grade (?:pancreatic intraepithelial neoplasia|panin)",
            PANCREATIC_CYST_WITH + "high grade dysplasia",
            "high grade (?:intraductal papillary mucinous neoplasms?|(?-i:IPMN)s?)",
            // LAMN and HAMN are coded 8480/2 or 8480/3 (histologic subtype 1 and 2, 2023).
            "(?:low|high) grade appendiceal mucinous neoplasms?", "(?-i:LAMN|HAMN)s?");

    private static final String CANCER = Phrases.alternatives(
            "(?:(?:metastatic|malignant) )*" + TUMOR, "malignant neoplasms?", "neoplasms?,? malignant",
            // "Uncertain/low malignant potential" describes a borderline (behavior 1) tumor.
            "malignant(?! potential)", "malignanc(?:y|ies)", "(?:micro)?metasta(?:sis|ses|tic)", "cancers?");

    // At one position the first group that matches wins, so a longer phrase comes before its prefixes.
    private static final Pattern TERMS = Phrases.wordBounded("(?:(?<excluded>" + EXCLUDED + ")|(?<cns>" + CNS_TUMOR
            + ")|(?<cnsSite>" + CNS_SITE_TUMOR + ")|(?<gist>" + GIST + ")|(?<basal>" + BASAL_CELL_CARCINOMA
            + ")|(?<squamousInSitu>" + SQUAMOUS_CELL_CARCINOMA_IN_SITU + ")|(?<squamous>" + SQUAMOUS_CELL_CARCINOMA
            + ")|(?<insitu>" + IN_SITU + ")|(?<cancer>" + CANCER + "))");

    private CancerTerms() {
    }

    static List<Term> in(CharSequence clause) {
        List<Term> terms = new ArrayList<>();
        Matcher matcher = TERMS.matcher(clause);
        while (matcher.find()) {
            boolean inSitu = matcher.group("squamousInSitu") != null || matcher.group("insitu") != null;
            terms.add(new Term(kindOf(matcher), new Span(matcher.start(), matcher.end()), inSitu));
        }
        return terms;
    }

    private static Kind kindOf(Matcher matcher) {
        if (matcher.group("excluded") != null) {
            return Kind.EXCLUDED;
        }
        if (matcher.group("cns") != null) {
            return Kind.CNS_TUMOR;
        }
        if (matcher.group("cnsSite") != null) {
            return Kind.CNS_SITE_TUMOR;
        }
        if (matcher.group("gist") != null) {
            return Kind.GIST;
        }
        if (matcher.group("basal") != null) {
            return Kind.BASAL_CELL_CARCINOMA;
        }
        if (matcher.group("squamousInSitu") != null || matcher.group("squamous") != null) {
            return Kind.SQUAMOUS_CELL_CARCINOMA;
        }
        return matcher.group("insitu") != null ? Kind.IN_SITU : Kind.CANCER;
    }
}
