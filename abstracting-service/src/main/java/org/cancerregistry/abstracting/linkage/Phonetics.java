package org.cancerregistry.abstracting.linkage;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Sound-alike and spelled-alike tests on normalised names. The encoders are stateless and shared. */
final class Phonetics {

    /**
     * 0.92 is where, on surnames, Jaro-Winkler stops catching single typos ("Jonhson") and starts
     * pairing genuinely different names.
     */
    private static final double JARO_WINKLER_MINIMUM = 0.92;

    private static final Nysiis NYSIIS = new Nysiis(true);
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Phonetics() {
    }

    static String nysiis(String normalized) {
        return NYSIIS.encode(normalized);
    }

    /** NYSIIS or Double Metaphone agreement, or Jaro-Winkler similarity of at least 0.92. */
    static boolean alike(String a, String b) {
        return nysiis(a).equals(nysiis(b))
                || DOUBLE_METAPHONE.isDoubleMetaphoneEqual(a, b)
                || JARO_WINKLER.apply(a, b) >= JARO_WINKLER_MINIMUM;
    }
}
