package org.cancerregistry.intake.screening;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.cancerregistry.intake.screening.CancerTerms.Term;

/**
 * The first exception to SEER's reportable list: skin primaries (C44) with histologies 8000-8110 -- malignant
 * neoplasm NOS (8000-8005), epithelial carcinomas (8010-8046), papillary and squamous cell carcinomas (8050-8084)
 * and basal cell carcinomas (8090-8110) -- are not reportable, except of the skin of the genital sites. Every
 * other histology of the skin (melanoma, Merkel cell and adnexal carcinomas, sarcomas, lymphomas) is, and so is a
 * carcinoma metastatic to the skin, whose primary is elsewhere.
 */
final class SkinExclusion {

    static final String SITE_NOTE = " of the skin";

    // A diagnosis that names no histology: malignant neoplasm NOS or carcinoma NOS when it is of the skin.
    private static final Pattern UNSPECIFIED = Pattern.compile(
            "carcinomas?(?:,?\\s+in\\s+situ)?|cis|malignan(?:cy|cies|t)|malignant\\s+neoplasms?|neoplasms?,?\\s+malignant"
                    + "|cancers?",
            Pattern.CASE_INSENSITIVE);

    // Words that may stand just before "carcinoma" without naming its histology. Any other word ("Merkel cell",
    // "sebaceous", "adenoid cystic") names one, and the unlisted ones are not excluded.
    private static final Set<String> NOT_A_HISTOLOGY = Set.of("", "invasive", "infiltrating", "differentiated",
            "undifferentiated", "poorly", "moderately", "well", "anaplastic", "pleomorphic", "sarcomatoid",
            "papillary", "epithelial", "residual", "recurrent", "focal", "microinvasive", "superficial",
            "superficially", "early", "skin", "cutaneous", "for", "of", "with", "in", "and", "or", "by", "is", "are",
            "was", "a", "an", "the", "shows", "showing", "positive", "suspicious", "suspected", "consistent",
            "compatible", "favor", "favors", "probable", "presumed", "likely");

    private static final Pattern SKIN_AFTER_TERM = Phrases.compileFollowing("(?:of |on )?(?:the )?(?:skin|cutaneous)");

    private static final int LONGEST_WORD = 30;

    private SkinExclusion() {
    }

    /** Whether the term, at {@code offset} of its sentence in a clause of it, is a skin cancer SEER excludes. */
    static boolean excludes(Term term, String clause, int offset, Specimen specimen) {
        if (specimen.namesReportableSkinSite()) {
            return false;
        }
        return switch (term.kind()) {
            case BASAL_CELL_CARCINOMA -> !specimen.namesOtherBasalCellCarcinomaSite();
            case SQUAMOUS_CELL_CARCINOMA -> isOfTheSkin(term, clause, offset, specimen);
            case CANCER, IN_SITU -> isUnspecified(term, clause) && isOfTheSkin(term, clause, offset, specimen);
            default -> false;
        };
    }

    private static boolean isOfTheSkin(Term term, String clause, int offset, Specimen specimen) {
        return specimen.isSkinAt(offset + term.span().start())
                || Span.endOfMatchAt(SKIN_AFTER_TERM, clause, term.span().end()) >= 0;
    }

    private static boolean isUnspecified(Term term, String clause) {
        Span span = term.span();
        return UNSPECIFIED.matcher(clause).region(span.start(), span.end()).matches()
                && NOT_A_HISTOLOGY.contains(wordBefore(clause, span.start()));
    }

    private static String wordBefore(String clause, int position) {
        int end = position;
        while (end > 0 && position - end < LONGEST_WORD
                && (Character.isWhitespace(clause.charAt(end - 1)) || clause.charAt(end - 1) == '-')) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < LONGEST_WORD && Character.isLetter(clause.charAt(start - 1))) {
            start--;
        }
        return clause.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
