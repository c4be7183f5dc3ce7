package org.cancerregistry.abstracting.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The event contracts between the services, as examples: each producer keeps one JSON example per event type and
 * version under {@code contract/<topic>/} of its test resources and checks that what it really publishes has that
 * shape; each consumer's build copies the producer's examples into its own test classpath and checks that its event
 * record finds every field it reads in them. A field renamed, removed or retyped on one side fails a service's own
 * tests, not only the end-to-end ones.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private EventContract() {
    }

    public static JsonNode example(String path) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("the contract example " + path + " on the test classpath").isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Producer side: the published event has no field the example lacks, every field the example fills, and the same
     * JSON type in each. {@code maps} names the objects whose keys vary (NAACCR items by naaccrId): only their values'
     * type is compared.
     */
    public static void assertPublishedLike(String path, String published, String... maps) {
        List<String> differences = new ArrayList<>();
        try {
            compare("", example(path), JSON.readTree(published), List.of(maps), differences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(differences).as("what is published, against the contract example " + path).isEmpty();
    }

    /** Consumer side: the example reads as the consumer's record, and every component of it is a field of the example. */
    public static <T> T assertReadable(String path, Class<T> record) {
        JsonNode example = example(path);
        List<String> missing = new ArrayList<>();
        covers("", example, record, missing);
        assertThat(missing).as("fields " + record.getSimpleName() + " reads that the contract example " + path + " lacks").isEmpty();
        try {
            return JSON.treeToValue(example, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String at, JsonNode example, JsonNode published, List<String> maps, List<String> differences) {
        if (example.isNull() || published.isNull()) {
            return;
        }
        if (example.getNodeType() != published.getNodeType()) {
            differences.add(at + ": " + published.getNodeType() + " where the example has " + example.getNodeType());
            return;
        }
        if (example.isArray() && !example.isEmpty()) {
            for (JsonNode element : published) {
                compare(at + "[]", example.get(0), element, maps, differences);
            }
        } else if (example.isObject() && maps.contains(at)) {
            JsonNode anyValue = example.elements().next();
            published.elements().forEachRemaining(value -> compare(at + ".*", anyValue, value, maps, differences));
        } else if (example.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = published.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!example.has(field.getKey())) {
                    differences.add(at + "." + field.getKey() + ": published, not in the example");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = example.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                if (!published.has(field.getKey())) {
                    if (!field.getValue().isNull()) {
                        differences.add(name + ": in the example, not published");
                    }
                } else {
                    compare(name, field.getValue(), published.get(field.getKey()), maps, differences);
                }
            }
        }
    }

    private static void covers(String at, JsonNode example, Class<?> type, List<String> missing) {
        if (!type.isRecord() || example == null || !example.isObject()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = at + component.getName();
            if (!example.has(component.getName())) {
                missing.add(name);
                continue;
            }
            JsonNode value = example.get(component.getName());
            if (List.class.isAssignableFrom(component.getType()) && value.isArray() && !value.isEmpty()) {
                covers(name + "[].", value.get(0), elementType(component.getGenericType()), missing);
            } else {
                covers(name + ".", value, component.getType(), missing);
            }
        }
    }

    private static Class<?> elementType(Type list) {
        return list instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                ? element : Object.class;
    }
}
