package org.cancerregistry.abstracting.web;

import static org.cancerregistry.abstracting.Roles.REGISTRAR;
import static org.cancerregistry.abstracting.Roles.REGISTRY_MANAGER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    private final Clock clock;

    DataQualityPage(@RestClient FollowUpApi followUp, @RestClient ReportingApi reporting, Clock clock) {
        this.followUp = followUp;
        this.reporting = reporting;
        this.clock = clock;
    }

    @GET
    public Uni<TemplateInstance> dashboard(@RestQuery Integer diagnosisYear) {
        int year = diagnosisYear == null || diagnosisYear < 1900 || diagnosisYear > 2100 ? LocalDate.now(clock).getYear() - 1
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
     * The measures of reporting-service's data-quality answer, as percentages: a rate per 1,000 becomes a tenth of
     * a percent. A measure without a case that year has no value and is left out.
     */
    private static List<Measure> measures(JsonNode quality) {
        List<Measure> measures = new ArrayList<>();
        quality.path("measures").forEach(measure -> {
            JsonNode value = measure.path("value");
            if (!value.isNumber()) {
                return;
            }
            double toPercent = "%".equals(measure.path("unit").asText()) ? 1 : 0.1;
            JsonNode limit = measure.path("threshold").path("limit");
            measures.add(new Measure(label(measure.path("id").asText()), value.asDouble() * toPercent,
                    limit.isNumber() ? limit.asDouble() * toPercent : null,
                    measure.path("passes").isBoolean() ? measure.path("passes").asBoolean() : null));
        });
        return measures;
    }

    /** "missingAgeAtDiagnosis" reads "Missing age at diagnosis". */
    private static String label(String id) {
        String words = id.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<Measure> orEmpty(List<Measure> measures) {
        return measures == null ? List.of() : measures;
    }
}
