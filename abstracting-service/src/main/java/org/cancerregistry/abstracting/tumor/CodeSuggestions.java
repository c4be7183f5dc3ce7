package org.cancerregistry.abstracting.tumor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Primary site, laterality, histology and behavior codes suggested by terms of the final diagnosis.
 * Suggestions only: the registrar confirms or replaces each one. The most specific term wins, so the
 * lists run from specific to general.
 */
public final class CodeSuggestions {

    private record Term(Pattern pattern, String code) {

        static Term of(String regex, String code) {
            return new Term(Pattern.compile("\\b(?:" + regex + ")\\b"), code);
        }
    }

    private static final List<Term> SITES = List.of(
            Term.of("upper outer quadrant", "C504"), Term.of("upper inner quadrant", "C502"),
            Term.of("lower outer quadrant", "C505"), Term.of("lower inner quadrant", "C503"),
            Term.of("nipple", "C500"), Term.of("breasts?", "C509"),
            Term.of("upper lobe", "C341"), Term.of("middle lobe", "C342"), Term.of("lower lobe", "C343"),
            Term.of("lung|bronch\\w*", "C349"),
            Term.of("prostat\\w*", "C619"), Term.of("bladder", "C679"), Term.of("kidney|renal", "C649"),
            Term.of("sigmoid", "C187"), Term.of("cecum|caecum", "C180"), Term.of("rectum|rectal", "C209"),
            Term.of("colon|colonic", "C189"), Term.of("stomach|gastric", "C169"), Term.of("pancrea\\w*", "C259"),
            Term.of("liver|hepatic", "C220"), Term.of("esophag\\w*", "C159"), Term.of("thyroid", "C739"),
            Term.of("cervix|cervical", "C539"), Term.of("endometri\\w*", "C541"), Term.of("ovary|ovarian", "C569"),
            Term.of("testis|testicular", "C629"), Term.of("skin", "C449"), Term.of("bone marrow", "C421"),
            Term.of("lymph node", "C779"), Term.of("brain", "C719"));

    private static final List<Term> HISTOLOGIES = List.of(
            Term.of("chronic lymphocytic leukemia|small lymphocytic lymphoma|cll/sll", "9823"),
            Term.of("diffuse large b-cell lymphoma", "9680"), Term.of("hodgkin lymphoma", "9650"),
            Term.of("lobular carcinoma", "8520"), Term.of("infiltrating duct\\w* carcinoma|invasive duct\\w* carcinoma|ductal carcinoma|duct carcinoma", "8500"),
            Term.of("squamous cell carcinoma", "8070"), Term.of("basal cell carcinoma", "8090"),
            Term.of("small cell carcinoma", "8041"), Term.of("urothelial carcinoma", "8120"),
            Term.of("papillary carcinoma", "8260"), Term.of("adenocarcinoma", "8140"),
            Term.of("melanoma", "8720"), Term.of("carcinoma", "8010"), Term.of("sarcoma", "8800"));

    private static final Pattern IN_SITU = Pattern.compile("\\bin situ\\b|\\bdcis\\b|\\bnon-?invasive\\b");
    private static final Pattern LEFT = Pattern.compile("\\bleft\\b|\\(l\\)");
    private static final Pattern RIGHT = Pattern.compile("\\bright\\b|\\(r\\)");
    private static final Pattern BILATERAL = Pattern.compile("\\bbilateral\\b");

    private CodeSuggestions() {
    }

    /** Suggested items by naaccrId: primarySite, laterality, histologicTypeIcdO3, behaviorCodeIcdO3. */
    public static Map<String, String> from(String diagnosisText) {
        String text = diagnosisText == null ? "" : diagnosisText.toLowerCase(Locale.ROOT);
        Map<String, String> suggested = new LinkedHashMap<>();
        first(SITES, text).ifPresent(site -> suggested.put("primarySite", site));
        first(HISTOLOGIES, text).ifPresent(histology -> {
            suggested.put("histologicTypeIcdO3", histology);
            suggested.put("behaviorCodeIcdO3", IN_SITU.matcher(text).find() ? "2" : "3");
        });
        if (BILATERAL.matcher(text).find()) {
            suggested.put("laterality", "4");
        } else if (LEFT.matcher(text).find() && !RIGHT.matcher(text).find()) {
            suggested.put("laterality", "2");
        } else if (RIGHT.matcher(text).find() && !LEFT.matcher(text).find()) {
            suggested.put("laterality", "1");
        }
        return suggested;
    }

    private static Optional<String> first(List<Term> terms, String text) {
        return terms.stream().filter(term -> term.pattern().matcher(text).find()).map(Term::code).findFirst();
    }
}
