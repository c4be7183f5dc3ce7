package org.cancerregistry.reporting.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

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
