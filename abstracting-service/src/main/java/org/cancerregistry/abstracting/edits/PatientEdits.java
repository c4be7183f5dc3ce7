package org.cancerregistry.abstracting.edits;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Race codes in a coherent order, and vital status agreeing with cause of death. */
final class PatientEdits {

    private static final List<String> RACES = List.of("race1", "race2", "race3");
    private static final String UNKNOWN_RACE = "99";
    private static final String NO_FURTHER_RACE = "88";
    private static final String DEAD = "0";
    private static final String ALIVE = "1";
    private static final String NO_CAUSE_OF_DEATH = "0000";

    private PatientEdits() {
    }

    static List<Edit> edits() {
        return List.of(
                RuleEdit.of("RACE_CODE_SEQUENCE",
                        "Race 1 unknown (99) means all races 99; after 88 only 88; 99 only when race 1 is 99; no repeated race",
                        RACES, PatientEdits::raceSequenceProblem),
                RuleEdit.of("DEAD_NEEDS_CAUSE_OF_DEATH", "A dead patient (vital status 0) has a cause of death other than 0000",
                        List.of("vitalStatus", "causeOfDeath"), record -> {
                            String cause = record.value("causeOfDeath");
                            return record.value("vitalStatus").equals(DEAD) && (cause.isEmpty() || cause.equals(NO_CAUSE_OF_DEATH))
                                    ? Optional.of("vitalStatus 0 (dead) needs a causeOfDeath, found "
                                    + (cause.isEmpty() ? "none" : cause))
                                    : Optional.empty();
                        }),
                RuleEdit.of("ALIVE_WITHOUT_CAUSE_OF_DEATH", "A living patient (vital status 1) has cause of death 0000 or blank",
                        List.of("vitalStatus", "causeOfDeath"), record -> {
                            String cause = record.value("causeOfDeath");
                            return record.value("vitalStatus").equals(ALIVE) && !cause.isEmpty() && !cause.equals(NO_CAUSE_OF_DEATH)
                                    ? Optional.of("vitalStatus 1 (alive) but causeOfDeath is " + cause)
                                    : Optional.empty();
                        }));
    }

    private static Optional<String> raceSequenceProblem(AbstractRecord record) {
        List<String> races = RACES.stream().map(record::value).toList();
        if (races.get(0).isEmpty()) {
            return Optional.empty();
        }
        String described = "race1 " + races.get(0) + ", race2 " + races.get(1) + ", race3 " + races.get(2);
        boolean firstUnknown = races.get(0).equals(UNKNOWN_RACE);
        Set<String> seen = new HashSet<>();
        boolean noFurtherRace = false;
        for (String race : races) {
            if (race.isEmpty()) {
                continue;
            }
            if (firstUnknown != race.equals(UNKNOWN_RACE)) {
                return Optional.of(described + ": 99 (unknown) must be in every race or in none");
            }
            if (noFurtherRace && !race.equals(NO_FURTHER_RACE)) {
                return Optional.of(described + ": a race follows 88 (no further race documented)");
            }
            noFurtherRace = race.equals(NO_FURTHER_RACE);
            if (!race.equals(UNKNOWN_RACE) && !race.equals(NO_FURTHER_RACE) && !seen.add(race)) {
                return Optional.of(described + ": race " + race + " is repeated");
            }
        }
        return Optional.empty();
    }
}
