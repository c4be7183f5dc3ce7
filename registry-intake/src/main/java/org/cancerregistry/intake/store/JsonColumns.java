package org.cancerregistry.intake.store;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import org.cancerregistry.intake.report.PathologyReportContent.Address;
import org.cancerregistry.intake.report.PathologyReportContent.PatientIdentifier;
import org.cancerregistry.intake.report.PathologyReportContent.ReportSection;
import org.cancerregistry.intake.report.PathologyReportContent.SynopticObservation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The report's lists and address, stored as JSON text. */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    /** A list or address as the JSON text its column holds. */
    static String text(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON column", e);
        }
    }

    abstract static class JsonColumn<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        JsonColumn(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            return text(value);
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

    static final class PatientIdentifiers extends JsonColumn<List<PatientIdentifier>> {
        PatientIdentifiers() {
            super(new TypeReference<>() {
            });
        }
    }

    static final class AddressColumn extends JsonColumn<Address> {
        AddressColumn() {
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

    static final class SynopticObservations extends JsonColumn<List<SynopticObservation>> {
        SynopticObservations() {
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
