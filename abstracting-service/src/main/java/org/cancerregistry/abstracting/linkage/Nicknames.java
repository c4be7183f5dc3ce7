package org.cancerregistry.abstracting.linkage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A handful of common English and Spanish given-name diminutives. Not exhaustive: a nickname missing here
 * can still agree phonetically, and otherwise lowers the score towards review rather than a wrong link.
 */
final class Nicknames {

    private static final Map<String, Set<String>> FORMAL_NAMES = new HashMap<>();

    static {
        add("WILLIAM", "BILL", "BILLY", "WILL", "WILLIE", "LIAM");
        add("ROBERT", "BOB", "BOBBY", "ROB", "ROBBIE", "BERT");
        add("RICHARD", "RICK", "RICKY", "DICK", "RICH");
        add("JAMES", "JIM", "JIMMY", "JAMIE");
        add("JOHN", "JACK", "JOHNNY");
        add("JOSEPH", "JOE", "JOEY");
        add("THOMAS", "TOM", "TOMMY");
        add("MICHAEL", "MIKE", "MICKEY");
        add("CHARLES", "CHUCK", "CHARLIE");
        add("EDWARD", "ED", "EDDIE", "TED", "NED");
        add("ANTHONY", "TONY");
        add("CHRISTOPHER", "CHRIS");
        add("DANIEL", "DAN", "DANNY");
        add("DAVID", "DAVE");
        add("PATRICK", "PAT", "PADDY");
        add("PATRICIA", "PAT", "PATTY", "TRISH");
        add("MARGARET", "PEGGY", "MAGGIE", "MEG", "MARGE");
        add("ELIZABETH", "LIZ", "LIZZIE", "BETH", "BETTY", "BETSY", "ELIZA");
        add("KATHERINE", "KATE", "KATHY", "KATIE");
        add("CATHERINE", "CATHY", "KATE", "KATIE");
        add("JENNIFER", "JEN", "JENNY");
        add("SUSAN", "SUE", "SUSIE");
        add("DEBORAH", "DEB", "DEBBIE");
        add("FRANCISCO", "PACO", "PANCHO");
        add("JOSE", "PEPE");
    }

    private Nicknames() {
    }

    private static void add(String formal, String... nicknames) {
        FORMAL_NAMES.computeIfAbsent(formal, k -> new HashSet<>()).add(formal);
        for (String nickname : nicknames) {
            FORMAL_NAMES.computeIfAbsent(nickname, k -> new HashSet<>()).add(formal);
        }
    }

    static boolean sameFormalName(String a, String b) {
        Set<String> formalA = FORMAL_NAMES.get(a);
        Set<String> formalB = FORMAL_NAMES.get(b);
        if (formalA == null || formalB == null) {
            return false;
        }
        for (String formal : formalA) {
            if (formalB.contains(formal)) {
                return true;
            }
        }
        return false;
    }
}
