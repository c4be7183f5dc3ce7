package org.cancerregistry.intake.screening;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where the diagnoses of one sentence were found, as far as its words tell: the site that some rules of the
 * reportable list depend on (skin, cervix, CNS). A pathology diagnosis names its specimen before a colon
 * ("Skin, left cheek, shave: Basal cell carcinoma"); whether the specimen is skin is read from that label alone,
 * so that "Breast, mastectomy: carcinoma involving the skin" stays a breast cancer.
 */
final class Specimen {

    private static final Pattern SKIN = Phrases.compile(
            "skin", "cutaneous", "epiderm(?:is|al)", "dermis", "shave(?:d)?", "scalp");

    // Skin cancers of the genital sites are reportable: vagina C52.9, clitoris C51.2, labia C51.0-C51.1, vulva
    // C51.9, prepuce C60.0, penis C60.9 and scrotum C63.2. The nipple and areola are breast (C50.0), not skin.
    private static final Pattern REPORTABLE_SKIN_SITE = Phrases.compile(
            "vulvar?", "vagina(?:l)?", "labi(?:a|um)(?: (?:majora|minora|majus|minus))?", "clitor(?:is|al)",
            "penis", "penile", "glans", "prepuce", "foreskin", "scrot(?:um|al)", "nipples?", "areola(?:r)?");

    // Sites where "basal cell carcinoma" is a different, reportable tumor (basal cell carcinoma of the prostate,
    // basal cell adenocarcinoma of the salivary glands, 8147/3).
    private static final Pattern OTHER_BASAL_CELL_CARCINOMA_SITE = Phrases.compile(
            "prostat(?:e|ic)", "salivary", "parotid", "submandibular");

    private static final Pattern CERVIX = Phrases.compile(
            "cervix", "cervical", "(?:endo|ecto|exo)cervi(?:x|cal)", "cin[\\s-]*(?:i{1,3}|[1-3])");

    private static final Pattern CENTRAL_NERVOUS_SYSTEM = Phrases.compile(
            "brain(?: ?stem)?", "cerebr(?:al|um)", "cerebell(?:um|ar)", "cerebellopontine",
            "(?:frontal|temporal|parietal|occipital) lobes?", "intracranial", "cranial nerves?",
            "(?:acoustic|vestibular|optic|olfactory|trigeminal|facial) nerves?", "internal auditory canal",
            "mening(?:es|eal)", "dura(?:l| mater)?", "intradural", "intramedullary", "spinal cord", "spinal",
            "intraspinal", "cauda equina", "(?:supra|para)?sellar?", "pituitary", "pineal", "craniopharyngeal",
            "cns", "central nervous system");

    // Spinal nerves and their roots are peripheral nerves (C47), not the spinal cord (C72): the CDC's
    // clarification for CNS tumors holds a schwannoma of a spinal nerve root not reportable.
    private static final Pattern PERIPHERAL_NERVE = Phrases.compile(
            "spinal nerves?(?: roots?)?", "nerve roots?", "extradural", "epidural", "paraspinal",
            "peripheral nerves?", "(?:brachial|lumbar|lumbosacral|sacral) plexus");

    private final int[] colons;
    private final int firstSkinEnd;
    private final boolean reportableSkinSite;
    private final boolean otherBasalCellCarcinomaSite;
    private final boolean cervix;
    private final boolean centralNervousSystem;

    private Specimen(String sentence) {
        this.colons = colonsOf(sentence);
        Matcher skin = SKIN.matcher(sentence);
        this.firstSkinEnd = skin.find() ? skin.end() : -1;
        this.reportableSkinSite = REPORTABLE_SKIN_SITE.matcher(sentence).find();
        this.otherBasalCellCarcinomaSite = OTHER_BASAL_CELL_CARCINOMA_SITE.matcher(sentence).find();
        this.cervix = CERVIX.matcher(sentence).find();
        this.centralNervousSystem = CENTRAL_NERVOUS_SYSTEM.matcher(sentence).find()
                && !PERIPHERAL_NERVE.matcher(sentence).find();
    }

    static Specimen of(String sentence) {
        return new Specimen(sentence);
    }

    /** Whether the label before the diagnosis at {@code offset} (or, without a label, the sentence) names skin. */
    boolean isSkinAt(int offset) {
        int index = Arrays.binarySearch(colons, offset);
        int colonsBefore = index >= 0 ? index : -index - 1;
        int labelEnd = colonsBefore == 0 ? Integer.MAX_VALUE : colons[colonsBefore - 1];
        return firstSkinEnd >= 0 && firstSkinEnd <= labelEnd;
    }

    /** Whether the sentence names a genital site or the nipple, whose skin cancers are reportable. */
    boolean namesReportableSkinSite() {
        return reportableSkinSite;
    }

    /** Whether the sentence names a site where a basal cell carcinoma is not a skin cancer. */
    boolean namesOtherBasalCellCarcinomaSite() {
        return otherBasalCellCarcinomaSite;
    }

    boolean isCervix() {
        return cervix;
    }

    boolean isCentralNervousSystem() {
        return centralNervousSystem;
    }

    private static int[] colonsOf(String sentence) {
        return IntStream.range(0, sentence.length()).filter(index -> sentence.charAt(index) == ':').toArray();
    }
}
