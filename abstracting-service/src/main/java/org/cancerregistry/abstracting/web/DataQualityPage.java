package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The data-quality dashboard: follow-up rates against the Commission on Cancer standards (followup-service) and the
 * missing-data measures of a diagnosis year (reporting-service), each shown as "not available" when its service does
 * not answer.
 */
@Path("/ui/data-quality")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ REGISTRAR, REGISTRY_MANAGER })
public class DataQualityPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance dataQuality(int diagnosisYear, List<Measure> rates, List<Measure> measures,
                boolean ratesAvailable, boolean measuresAvailable);
    }

    /**
     * One bar of a chart: a value and, when there is one, the threshold it is held against (both as percentages).
     */
    public record Measure(String name, double percent, Double thresholdPercent, Boolean met) {
    }

    private final FollowUpApi followUp;
    private final ReportingApi reporting;

    DataQualityPage(@RestClient FollowUpApi followUp, @RestClient ReportingApi reporting) {
        this.followUp = followUp;
        this.reporting = reporting;
    }

    @GET
    public Uni<TemplateInstance> dashboard(@RestQuery Integer diagnosisYear) {
        int year = diagnosisYear == null || diagnosisYear < 1900 || diagnosisYear > 2100 ? LocalDate.now().getYear() - 1
                : diagnosisYear;
        Uni<List<Measure>> rates = followUp.rates(2015).map(DataQualityPage::rates)
                .onFailure().recoverWithNull();
        Uni<List<Measure>> measures = reporting.dataQuality(year).map(DataQualityPage::measures)
                .onFailure().recoverWithNull();
        return Uni.combine().all().unis(rates, measures).asTuple()
                .map(both -> Templates.dataQuality(year, orEmpty(both.getItem1()), orEmpty(both.getItem2()),
                        both.getItem1() != null, both.getItem2() != null));
    }

    private static List<Measure> rates(JsonNode rates) {
        List<Measure> measures = new ArrayList<>();
        rates.path("rates").forEach(rate -> measures.add(new Measure(Display.words(rate.path("population").asText()),
                rate.path("rate").asDouble() * 100,
                rate.path("standard").isNumber() ? rate.path("standard").asDouble() * 100 : null,
                rate.path("met").isBoolean() ? rate.path("met").asBoolean() : null)));
        return measures;
    }

    /**
     * The measures of reporting-service's data-quality answer: each numeric field of its "measures" (an array of
     * {name, value, threshold} or an object of name to value), read as a fraction of records.
     */
    private static List<Measure> measures(JsonNode quality) {
        List<Measure> measures = new ArrayList<>();
        JsonNode list = quality.path("measures");
        if (list.isArray()) {
            list.forEach(measure -> {
                JsonNode value = measure.has("value") ? measure.get("value") : measure.path("rate");
                JsonNode threshold = measure.path("threshold");
                measures.add(new Measure(measure.path("name").asText(measure.path("item").asText()), percent(value),
                        threshold.isNumber() ? percent(threshold) : null,
                        measure.path("met").isBoolean() ? measure.path("met").asBoolean() : null));
            });
        } else {
            list.fields().forEachRemaining(field -> {
                if (field.getValue().isNumber()) {
                    measures.add(new Measure(field.getKey(), percent(field.getValue()), null, null));
                }
            });
        }
        return measures;
    }

    /** A fraction (0..1) as a percentage; a value above 1 is taken as a percentage already. */
    private static double percent(JsonNode value) {
        double number = value.asDouble();
        return number <= 1 ? number * 100 : number;
    }

    private static List<Measure> orEmpty(List<Measure> measures) {
        return measures == null ? List.of() : measures;
    }
}
