package org.cancerregistry.intake.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cancerregistry.intake.event.PathologyReportReceived;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event's documented schema and the table intake validates with are one: every field of the event is in the
 * schema, and every string with a length in the schema has the same length and pattern in {@link ReportItemLimits}.
 */
class ReportItemLimitsSchemaTest {

    private static JsonNode schema;
    /** The schema's leaves by path ({@code patient.identifiers[].type}): the string ones with their maxLength and pattern. */
    private static final Map<String, JsonNode> LEAVES = new TreeMap<>();

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = ReportItemLimitsSchemaTest.class.getResourceAsStream("/contract/pathology-reports.v1.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        collect("", schema);
    }

    @Test
    void shouldDocumentEveryFieldOfTheEventAndNoOther() {
        assertThat(LEAVES.keySet()).containsExactlyInAnyOrderElementsOf(recordLeaves("", PathologyReportReceived.class));
    }

    @Test
    void shouldGiveEveryPublishedItemTheLengthAndPatternOfTheSchema() {
        Map<String, ReportItemLimits> published = Arrays.stream(ReportItemLimits.values()).filter(item -> item.published)
                .collect(Collectors.toMap(item -> item.field, Function.identity()));
        Map<String, JsonNode> limited = LEAVES.entrySet().stream().filter(leaf -> leaf.getValue().has("maxLength"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(published.keySet()).as("items of the table / strings with a maxLength in the schema")
                .containsExactlyInAnyOrderElementsOf(limited.keySet());
        published.forEach((field, item) -> {
            JsonNode leaf = limited.get(field);
            assertThat(leaf.get("maxLength").asInt()).as(field + " maxLength").isEqualTo(item.maxLength);
            assertThat(leaf.path("pattern").asText()).as(field + " pattern").isEqualTo(item.pattern);
        });
        assertThat(schema.get("x-reportTextMaxLength").asInt()).isEqualTo(ReportItemLimits.REPORT_TEXT_LENGTH);
    }

    @Test
    void shouldNameNoItemThatIsNotInTheEventAsPublished() {
        assertThat(Arrays.stream(ReportItemLimits.values()).filter(item -> !item.published).map(item -> item.field))
                .containsExactly("reportTypeName");
    }

    private static void collect(String path, JsonNode node) {
        JsonNode resolved = node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node;
        if (resolved.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> fields = resolved.get("properties").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue());
            }
        } else if (resolved.has("items")) {
            collect(path + "[]", resolved.get("items"));
        } else {
            LEAVES.put(path, resolved);
        }
    }

    private static List<String> recordLeaves(String path, Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return recordLeaves(path + "[]", list.getActualTypeArguments()[0]);
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return Arrays.stream(record.getRecordComponents())
                    .flatMap(component -> recordLeaves(name(path, component), component.getGenericType()).stream())
                    .toList();
        }
        return List.of(path);
    }

    private static String name(String path, RecordComponent component) {
        return path.isEmpty() ? component.getName() : path + "." + component.getName();
    }
}
