package org.cancerregistry.abstracting.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.cancerregistry.abstracting.item.ItemLevel;
import org.cancerregistry.abstracting.item.NaaccrItems;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EditsEngineTest {

    private static final Clock NOVEMBER_1_2026 = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static final EditsEngine ENGINE = new EditsEngine(NOVEMBER_1_2026);
    private static final List<String> IDENTITY_ITEMS = List.of("nameLast", "nameFirst", "nameMiddle",
            "socialSecurityNumber", "dateOfBirth");

    static Stream<Named<Edit>> edits() {
        return ENGINE.edits().stream().map(edit -> Named.of(edit.id(), edit));
    }

    @Test
    void baseAbstractPassesEveryEdit() {
        assertThat(ENGINE.run(abstractWith(Map.of()))).isEmpty();
    }

    @Test
    void everyEditHasAStableUniqueIdAndFixtures() {
        assertThat(ENGINE.edits()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ENGINE.edits().stream().map(Edit::id).distinct()).hasSameSizeAs(ENGINE.edits());
        for (Edit edit : ENGINE.edits()) {
            assertThat(edit.id()).matches("[A-Z0-9_]+");
            assertThat(edit.description()).isNotBlank();
            assertThat(edit.items()).isNotEmpty().allSatisfy(item -> assertThat(NaaccrItems.find(item)).isPresent());
            assertThat(EditsEngineTest.class.getResource("/edits/" + edit.id() + ".properties"))
                    .as("fixture of " + edit.id()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void passingFixturePassesTheEdit(Edit edit) {
        AbstractRecord passing = abstractWith(fixture(edit, "passing"));

        assertThat(edit.check(passing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void failingFixtureFailsTheEditAndNamesItsItems(Edit edit) {
        Map<String, String> changes = fixture(edit, "failing");
        assertThat(changes).as("failing fixture of " + edit.id()).isNotEmpty();

        Optional<EditFailure> failure = edit.check(abstractWith(changes));

        assertThat(failure).hasValueSatisfying(found -> {
            assertThat(found.editId()).isEqualTo(edit.id());
            assertThat(found.items()).isNotEmpty().isSubsetOf(edit.items());
            assertThat(found.message()).contains(found.items());
        });
        assertThat(ENGINE.run(abstractWith(changes))).extracting(EditFailure::editId).contains(edit.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void noMessageRepeatsAPatientIdentityValue(Edit edit) {
        AbstractRecord failing = abstractWith(fixture(edit, "failing"));
        List<String> identityValues = IDENTITY_ITEMS.stream().map(failing::value).filter(value -> !value.isEmpty()).toList();

        assertThat(ENGINE.run(failing)).allSatisfy(failure ->
                identityValues.forEach(value -> assertThat(failure.message()).doesNotContain(value.strip())));
    }

    @Test
    void formatFailureListsOnlyTheItemsThatDoNotFit() {
        Map<String, String> changes = Map.of("patientIdNumber", "12AB5678", "countyAtDx", "1");

        assertThat(ENGINE.run(abstractWith(changes)))
                .filteredOn(failure -> failure.editId().equals("ITEM_FORMAT"))
                .singleElement()
                .satisfies(failure -> assertThat(failure.items()).containsExactly("patientIdNumber", "countyAtDx"));
    }

    @Test
    void aBadCodeIsReportedByOneEditOnly() {
        assertThat(ENGINE.run(abstractWith(Map.of("laterality", "6"))))
                .extracting(EditFailure::editId).containsExactly("VALID_LATERALITY");
    }

    @Test
    void requiredItemsAreListedByNaaccrId() {
        assertThat(ENGINE.run(abstractWith(Map.of("countyAtDx", "", "cancerStatus", " "))))
                .filteredOn(failure -> failure.editId().equals("REQUIRED_FOR_COMPLETION"))
                .singleElement()
                .satisfies(failure -> {
                    assertThat(failure.items()).containsExactly("countyAtDx", "cancerStatus");
                    assertThat(failure.message()).isEqualTo("missing countyAtDx, cancerStatus");
                });
    }

    @Test
    void valueIsReadFromTheItemsLevel() {
        AbstractRecord record = new AbstractRecord(Map.of("primarySite", "C504"), Map.of("dateOfBirth", "19700310"));

        assertThat(record.value("primarySite")).isEmpty();
        assertThat(record.value("dateOfBirth")).isEmpty();
    }

    /** The base abstract with the given items replaced; an empty value removes the item. */
    private static AbstractRecord abstractWith(Map<String, String> changes) {
        Map<String, String> items = new HashMap<>();
        load("/edits/base-abstract.properties").forEach((id, value) -> items.put((String) id, (String) value));
        changes.forEach((id, value) -> {
            if (value.isEmpty()) {
                items.remove(id);
            } else {
                items.put(id, value);
            }
        });
        Map<String, String> patient = new HashMap<>();
        Map<String, String> tumor = new HashMap<>();
        items.forEach((id, value) ->
                (NaaccrItems.get(id).level() == ItemLevel.PATIENT ? patient : tumor).put(id, value));
        return new AbstractRecord(patient, tumor);
    }

    private static Map<String, String> fixture(Edit edit, String variant) {
        Map<String, String> changes = new HashMap<>();
        String prefix = variant + ".";
        load("/edits/" + edit.id() + ".properties").forEach((key, value) -> {
            if (((String) key).startsWith(prefix)) {
                changes.put(((String) key).substring(prefix.length()), (String) value);
            }
        });
        return changes;
    }

    private static Properties load(String resource) {
        try (InputStream stream = EditsEngineTest.class.getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
