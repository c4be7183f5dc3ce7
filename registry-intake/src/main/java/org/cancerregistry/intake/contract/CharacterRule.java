package org.cancerregistry.intake.contract;

import java.util.regex.Pattern;

/**
 * Which characters an item may hold. No item may hold a C0 control character the way a lab's system may
 * leave one in by mistake: PostgreSQL cannot store U+0000 at all, and consumers' screens and files choke on
 * the others. Free text keeps its line breaks and tabs.
 */
public enum CharacterRule {

    /** Identifiers, codes and dates: no control character at all. */
    CODE("^[^\\u0000-\\u001F]*$"),
    /** Names and narrative text: no control character but CR, LF and TAB. */
    TEXT("^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]*$");

    /** The rule as the JSON Schema pattern of the event's contract, which Java reads the same way. */
    public final String pattern;
    private final Pattern compiled;

    CharacterRule(String pattern) {
        this.pattern = pattern;
        this.compiled = Pattern.compile(pattern);
    }

    boolean allows(String value) {
        return compiled.matcher(value).matches();
    }

    /** The first character the rule refuses, as U+XXXX: a reason may name it, but must not quote patient data. */
    String firstRefused(String value) {
        for (int i = 0; i < value.length(); i++) {
            String c = value.substring(i, i + 1);
            if (!compiled.matcher(c).matches()) {
                return String.format("U+%04X", (int) c.charAt(0));
            }
        }
        return "";
    }
}
