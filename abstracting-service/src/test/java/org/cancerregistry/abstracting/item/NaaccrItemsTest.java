package org.cancerregistry.abstracting.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NaaccrItemsTest {

    /** One row of the fixture transcribed from the NAACCR v26 base dictionary. */
    record DictionaryRow(String naaccrId, int number, ItemLevel level, int length, ItemDataType dataType,
                         Set<String> recordTypes) {

        @Override
        public String toString() {
            return naaccrId + " [" + number + "]";
        }
    }

    static List<DictionaryRow> dictionaryRows() {
        var stream = Objects.requireNonNull(NaaccrItemsTest.class.getResourceAsStream("/item/naaccr-v26-core-items.tsv"));
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new DictionaryRow(cells[0], Integer.parseInt(cells[1]), ItemLevel.valueOf(cells[2]),
                            Integer.parseInt(cells[3]), ItemDataType.valueOf(cells[4]), Set.of(cells[5].split(","))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dictionaryRows")
    void itemMatchesTheV26Dictionary(DictionaryRow row) {
        NaaccrItem item = NaaccrItems.find(row.naaccrId()).orElseThrow(() -> new AssertionError("missing " + row));

        assertThat(item.number()).as("number").isEqualTo(row.number());
        assertThat(item.level()).as("level").isEqualTo(row.level());
        assertThat(item.length()).as("length").isEqualTo(row.length());
        assertThat(item.dataType()).as("data type").isEqualTo(row.dataType());
        assertThat(item.recordTypes()).as("record types").isEqualTo(row.recordTypes());
    }

    @Test
    void tableHoldsExactlyTheFixtureItems() {
        assertThat(NaaccrItems.all()).extracting(NaaccrItem::naaccrId)
                .containsExactlyInAnyOrderElementsOf(dictionaryRows().stream().map(DictionaryRow::naaccrId).toList());
    }

    @Test
    void tableIsInNumberOrderWithUniqueNumbers() {
        assertThat(NaaccrItems.all()).isSortedAccordingTo(Comparator.comparingInt(NaaccrItem::number));
        assertThat(NaaccrItems.all().stream().map(NaaccrItem::number).collect(Collectors.toSet()))
                .hasSameSizeAs(NaaccrItems.all());
    }

    @Test
    void coreItemsOfTheDomainArePresent() {
        Stream.of("patientIdNumber", "nameLast", "socialSecurityNumber", "dateOfBirth", "sexAssignedAtBirth", "race1",
                        "race3", "vitalStatus", "causeOfDeath", "addrCurrentCity", "countyCurrent", "tumorRecordNumber",
                        "primarySite", "histologicTypeIcdO3", "behaviorCodeIcdO3", "schemaId", "eodMets", "rxSummHormone",
                        "dateCaseCompleted", "pathReportType1", "sequenceNumberHospital")
                .forEach(id -> assertThat(NaaccrItems.find(id)).as(id).isPresent());
        assertThat(NaaccrItems.find("sex")).as("item 220 was dropped in v26").isEmpty();
    }

    @Test
    void allowedCodesFitTheirItem() {
        for (NaaccrItem item : NaaccrItems.all()) {
            for (String code : item.allowedCodes()) {
                assertThat(code.length()).as(item.naaccrId() + " code " + code).isEqualTo(item.length());
            }
        }
    }

    @Test
    void getNamesTheUnknownId() {
        assertThatThrownBy(() -> NaaccrItems.get("noSuchItem"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noSuchItem");
    }

    @Test
    void valueLongerThanTheItemIsRejected() {
        assertThat(NaaccrItems.formatProblem("primarySite", "C5099"))
                .hasValueSatisfying(message -> assertThat(message).contains("primarySite", "longer than 4"));
    }

    @Test
    void lettersInADigitsItemAreRejected() {
        assertThat(NaaccrItems.formatProblem("histologicTypeIcdO3", "85O0"))
                .hasValueSatisfying(message -> assertThat(message).contains("histologicTypeIcdO3", "digits"));
    }

    @Test
    void digitsItemMustBeZeroPaddedToItsLength() {
        assertThat(NaaccrItems.formatProblem("race1", "1")).isPresent();
        assertThat(NaaccrItems.formatProblem("race1", "01")).isEmpty();
    }

    @Test
    void impossibleCalendarDateIsRejectedWithoutEchoingIt() {
        assertThat(NaaccrItems.formatProblem("dateOfBirth", "20260230"))
                .hasValueSatisfying(message -> assertThat(message).contains("dateOfBirth").doesNotContain("20260230"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "202603", "20260315", "2026    ", "", "        "})
    void fullPartialAndBlankDatesAreAccepted(String value) {
        assertThat(NaaccrItems.formatProblem("dateOfDiagnosis", value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"202613", "20260431", "1700", "26", "2026-03-15", "2026031"})
    void malformedDatesAreRejected(String value) {
        assertThat(NaaccrItems.formatProblem("dateOfDiagnosis", value)).isPresent();
    }

    @Test
    void codeOutsideTheListIsRejected() {
        assertThat(NaaccrItems.formatProblem("laterality", "7"))
                .hasValueSatisfying(message -> assertThat(message).contains("laterality", "valid codes"));
        assertThat(NaaccrItems.formatProblem("laterality", "2")).isEmpty();
        assertThat(NaaccrItems.formatProblem("race1", "88")).as("88 only for races 2 and up").isPresent();
        assertThat(NaaccrItems.formatProblem("race2", "88")).isEmpty();
    }

    @Test
    void letterCodesOfATextItemAreAccepted() {
        assertThat(NaaccrItems.formatProblem("gradeClinical", "H")).isEmpty();
        assertThat(NaaccrItems.formatProblem("gradeClinical", "X")).isPresent();
    }

    @Test
    void alphaItemTakesUpperCaseLettersOnly() {
        assertThat(NaaccrItems.formatProblem("addrCurrentCountry", "USA")).isEmpty();
        assertThat(NaaccrItems.formatProblem("addrCurrentCountry", "usa")).isPresent();
    }

    @Test
    void pathologyCollectionDateTimeIsIso8601() {
        assertThat(NaaccrItems.formatProblem("pathDateSpecCollect1", "2026-03-15T10:30:00-05:00")).isEmpty();
        assertThat(NaaccrItems.formatProblem("pathDateSpecCollect1", "2026-03-15")).isEmpty();
        assertThat(NaaccrItems.formatProblem("pathDateSpecCollect1", "15/03/2026")).isPresent();
    }

    @Test
    void partialDatesCompareAtTheirSharedPrecision() {
        NaaccrDate year = NaaccrDate.parse("2026").orElseThrow();
        NaaccrDate march15 = NaaccrDate.parse("20260315").orElseThrow();
        NaaccrDate april = NaaccrDate.parse("202604").orElseThrow();

        assertThat(year.compareTo(march15)).isZero();
        assertThat(march15.compareTo(april)).isNegative();
        assertThat(Arrays.asList(year.isComplete(), march15.isComplete())).containsExactly(false, true);
    }
}
