package org.cancerregistry.abstracting.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name reduced to upper-case A-Z so that case, accents, apostrophes and the choice between hyphen, space or
 * nothing in compound names do not matter: "Núñez-García", "NUNEZ GARCIA" and "NunezGarcia" all give the
 * joined form {@code NUNEZGARCIA}. A trailing generational suffix (Jr, Sr, II...) is split off.
 *
 * @param joined the letters of all parts, without separators; empty when blank
 * @param parts  the parts of a hyphenated or compound name, in order
 * @param suffix generational suffix ({@code JR}, {@code SR}, {@code II}, ...) or null
 */
record NormalizedName(String joined, List<String> parts, String suffix) {

    static final NormalizedName BLANK = new NormalizedName("", List.of(), null);

    private static final Set<String> GENERATIONAL_SUFFIXES = Set.of("JR", "SR", "II", "III", "IV");

    static NormalizedName of(String raw) {
        if (raw == null || raw.isBlank()) {
            return BLANK;
        }
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD);
        List<String> parts = new ArrayList<>(2);
        StringBuilder part = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toUpperCase(decomposed.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                part.append(c);
            } else if (c == ' ' || c == '-' || c == ',' || c == '/') {
                endPart(part, parts);
            } else {
                // Letters that NFD does not decompose; combining accents, apostrophes, periods fall through.
                switch (c) {
                    case 'ß' -> part.append("SS");
                    case 'Æ' -> part.append("AE");
                    case 'Œ' -> part.append("OE");
                    case 'Ø' -> part.append('O');
                    case 'Ł' -> part.append('L');
                    case 'Đ' -> part.append('D');
                    case 'Þ' -> part.append("TH");
                    default -> { }
                }
            }
        }
        endPart(part, parts);
        String suffix = null;
        if (parts.size() > 1 && GENERATIONAL_SUFFIXES.contains(parts.get(parts.size() - 1))) {
            suffix = parts.remove(parts.size() - 1);
        }
        if (parts.isEmpty()) {
            return BLANK;
        }
        return new NormalizedName(String.join("", parts), List.copyOf(parts), suffix);
    }

    private static void endPart(StringBuilder part, List<String> parts) {
        if (!part.isEmpty()) {
            parts.add(part.toString());
            part.setLength(0);
        }
    }

    boolean isBlank() {
        return joined.isEmpty();
    }

    boolean isInitial() {
        return joined.length() == 1;
    }

    boolean sharesPartWith(NormalizedName other) {
        if (parts.size() < 2 && other.parts.size() < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.length() > 1 && other.parts.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
