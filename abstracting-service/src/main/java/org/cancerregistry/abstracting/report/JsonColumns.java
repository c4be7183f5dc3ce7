package org.cancerregistry.abstracting.report;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportSection;
import org.cancerregistry.abstracting.report.PathologyReportReceived.ReportedPatient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report's patient and lists, stored as JSON text: Hibernate Reactive cannot read JSON arrays from JSONB. */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    abstract static class JsonColumn<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        JsonColumn(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            try {
                return value == null ? null : JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON column", e);
            }
        }

        @Override
        public T convertToEntityAttribute(String column) {
            try {
                return column == null ? null : JSON.readValue(column, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read a JSON column", e);
            }
        }
    }

    static final class Patient extends JsonColumn<ReportedPatient> {
        Patient() {
            super(new TypeReference<>() {
            });
        }
    }

    static final class Sections extends JsonColumn<List<ReportSection>> {
        Sections() {
            super(new TypeReference<>() {
            });
        }
    }

    static final class Strings extends JsonColumn<List<String>> {
        Strings() {
            super(new TypeReference<>() {
            });
        }
    }
}
