package org.cancerregistry.reporting.naaccr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NaaccrItemTableTest {

    @ParameterizedTest
    @EnumSource(NaaccrVersion.class)
    void shouldMatchTheDictionaryFactsForEveryItem(NaaccrVersion version) throws IOException {
        Map<String, NaaccrItem> dictionary = dictionaryFacts(version);
        NaaccrItemTable table = NaaccrItemTable.of(version);

        List<NaaccrItem> defined = allItems(table);

        assertThat(defined).isNotEmpty().allSatisfy(item -> assertThat(item).isEqualTo(dictionary.get(item.naaccrId())));
        assertThat(defined).extracting(NaaccrItem::naaccrId).containsExactlyInAnyOrderElementsOf(dictionary.keySet());
    }

    @ParameterizedTest
    @EnumSource(NaaccrVersion.class)
    void shouldListEachLevelInNumberOrder(NaaccrVersion version) {
        NaaccrItemTable table = NaaccrItemTable.of(version);

        for (ItemLevel level : ItemLevel.values()) {
            assertThat(table.items(level))
                    .isNotEmpty()
                    .allSatisfy(item -> assertThat(item.level()).isEqualTo(level))
                    .isSortedAccordingTo(Comparator.comparingInt(NaaccrItem::number));
        }
        assertThat(table.items(ItemLevel.NAACCR_DATA)).extracting(NaaccrItem::naaccrId).containsExactly("registryId");
    }

    @Test
    void shouldUseSexAssignedAtBirthInV26AndSexInV25() {
        NaaccrItemTable v26 = NaaccrItemTable.of(NaaccrVersion.V260);
        NaaccrItemTable v25 = NaaccrItemTable.of(NaaccrVersion.V250);

        assertThat(v26.find("sex")).isEmpty();
        assertThat(v26.find("sexAssignedAtBirth")).map(NaaccrItem::number).contains(225);
        assertThat(v25.find("sex")).map(NaaccrItem::number).contains(220);
        assertThat(v25.find("sexAssignedAtBirth")).isEmpty();
    }

    @Test
    void shouldKeepNamesSsnAndTextOutOfIncidenceRecords() {
        NaaccrItemTable table = NaaccrItemTable.of(NaaccrVersion.V260);

        assertThat(Stream.of("nameLast", "nameFirst", "nameMiddle", "socialSecurityNumber", "textDxProcPath")
                .map(id -> table.find(id).orElseThrow()))
                .allSatisfy(item -> {
                    assertThat(table.allows(item, 'A')).isTrue();
                    assertThat(table.allows(item, 'I')).isFalse();
                });
        assertThat(table.allows(table.find("primarySite").orElseThrow(), 'I')).isTrue();
    }

    @Test
    void shouldRejectAnUnknownRecordType() {
        NaaccrItemTable table = NaaccrItemTable.of(NaaccrVersion.V260);
        NaaccrItem primarySite = table.find("primarySite").orElseThrow();

        assertThatThrownBy(() -> table.allows(primarySite, 'X')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameTheBaseDictionaryOfEachVersion() {
        assertThat(NaaccrVersion.V260.baseDictionaryUri()).isEqualTo("http://naaccr.org/naaccrxml/naaccr-dictionary-260.xml");
        assertThat(NaaccrVersion.V250.baseDictionaryUri()).isEqualTo("http://naaccr.org/naaccrxml/naaccr-dictionary-250.xml");
    }

    private static List<NaaccrItem> allItems(NaaccrItemTable table) {
        return Arrays.stream(ItemLevel.values()).flatMap(level -> table.items(level).stream()).toList();
    }

    /** Reads {@code v26-items.tsv}: naaccrId, naaccrNum, parentXmlElement, length, recordTypes. */
    private static Map<String, NaaccrItem> dictionaryFacts(NaaccrVersion version) throws IOException {
        String resource = "/naaccr/v" + version.code().substring(0, 2) + "-items.tsv";
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(NaaccrItemTableTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(columns -> new NaaccrItem(columns[0], Integer.parseInt(columns[1]), level(columns[2]),
                            Integer.parseInt(columns[3]), Set.of(columns[4].split(","))))
                    .collect(Collectors.toMap(NaaccrItem::naaccrId, Function.identity()));
        }
    }

    private static ItemLevel level(String parentXmlElement) {
        return Arrays.stream(ItemLevel.values())
                .filter(level -> level.elementName().equals(parentXmlElement))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown parentXmlElement " + parentXmlElement));
    }
}
