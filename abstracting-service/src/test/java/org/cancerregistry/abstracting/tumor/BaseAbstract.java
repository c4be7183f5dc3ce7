package org.cancerregistry.abstracting.tumor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.report.PathologyReportEvents;
import org.cancerregistry.abstracting.report.PathologyReportReceived;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The edits' complete base abstract (edits/base-abstract.properties) as a registrar would enter it,
 * and a queued tumor to enter it into.
 */
public final class BaseAbstract {

    // Assigned by the registry, derived by staging, or set at completion: never typed in.
    private static final Set<String> NOT_ENTERED = Set.of("patientIdNumber", "tumorRecordNumber", "nameLast", "nameFirst",
            "socialSecurityNumber", "schemaId", "derivedSummaryStage2018", "dateCaseCompleted");

    private BaseAbstract() {
    }

    public static Map<String, String> items() {
        Properties base = new Properties();
        try (InputStream in = BaseAbstract.class.getResourceAsStream("/edits/base-abstract.properties")) {
            base.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> items = new HashMap<>();
        base.stringPropertyNames().stream().filter(id -> !NOT_ENTERED.contains(id)).forEach(id -> items.put(id, base.getProperty(id)));
        return items;
    }

    /** Publishes a reportable breast report for a new patient and answers the tumor it was queued with. */
    public static String queuedTumor() throws Exception {
        PathologyReportReceived event = PathologyReportEvents.report(PathologyReportEvents.uniquePerson("F"),
                "Infiltrating duct carcinoma, left breast.", "REPORTABLE");
        PathologyReportEvents.publish(event);
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<String> tumors = given().auth().oauth2(AccessTokens.registrar())
                    .get("/api/v1/work-queue?reportId=" + event.reportId())
                    .then().statusCode(200).extract().path("items.tumorId");
            return tumors.isEmpty() ? null : tumors.get(0);
        }, id -> id != null);
    }

    public static Response patch(String tumorId, Map<String, String> items) {
        return given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(Map.of("items", items))
                .patch("/api/v1/tumors/" + tumorId);
    }

    /** A queued tumor abstracted with the base abstract and completed. */
    public static String completedTumor() throws Exception {
        String tumorId = queuedTumor();
        patch(tumorId, items()).then().statusCode(200);
        given().auth().oauth2(AccessTokens.registrar()).post("/api/v1/tumors/" + tumorId + "/completion").then().statusCode(200);
        return tumorId;
    }
}
