package org.cancerregistry.followup.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cancerregistry.followup.AccessTokens;
import org.cancerregistry.followup.abstracts.AbstractEvents;
import org.cancerregistry.followup.abstracts.TumorAbstractChanged;
import org.cancerregistry.followup.event.EventContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ContactTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void shouldTakeAResultOffTheDueListAndPublishIt() throws Exception {
        TumorAbstractChanged due = AbstractEvents.completed(TODAY.minusMonths(14), "14");
        AbstractEvents.publish(due);
        String patient = due.patientId().toString();
        AbstractEvents.awaitDue(due);

        try (FollowUpResultsTopic topic = new FollowUpResultsTopic()) {
            given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                    .body(Map.of("contactDate", TODAY.minusDays(1).toString(), "source", "PHYSICIAN", "outcome", "RESULT",
                            "vitalStatus", "ALIVE", "cancerStatus", "NO_EVIDENCE"))
                    .post("/api/v1/patients/" + patient + "/follow-up-contacts")
                    .then().statusCode(201);

            List<String> events = topic.read(value -> value.contains(patient), 1, Duration.ofSeconds(10));
            assertThat(events).singleElement().asString()
                    .contains("\"contactDate\":\"" + TODAY.minusDays(1).toString().replace("-", "") + "\"")
                    .contains("\"vitalStatus\":\"1\"").contains("\"cancerStatus\":\"1\"");
            EventContract.assertPublishedLike("contract/followup-results/FollowUpRecorded.v1.json", events.get(0));
        }
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/follow-ups/due?through=" + TODAY + "&" + AbstractEvents.listedBy(due))
                .then().statusCode(200).body("items.patientId", not(hasItem(patient)));
    }

    @Test
    void shouldNameEveryInvalidField() throws Exception {
        TumorAbstractChanged due = AbstractEvents.completed(TODAY.minusMonths(14), "14");
        AbstractEvents.publish(due);
        AbstractEvents.awaitDue(due);

        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("contactDate", TODAY.minusDays(1).toString(), "source", "PHYSICIAN", "outcome", "RESULT",
                        "vitalStatus", "DEAD"))
                .post("/api/v1/patients/" + due.patientId() + "/follow-up-contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("dateOfDeath"));
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("contactDate", TODAY.plusDays(3).toString(), "source", "NEIGHBOUR", "outcome", "RESULT"))
                .post("/api/v1/patients/" + due.patientId() + "/follow-up-contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("source"));
    }

    @Test
    void shouldAnswerNotFoundForAPatientNotFollowedAndRefuseLabs() {
        Map<String, String> attempt = Map.of("contactDate", TODAY.toString(), "source", "PATIENT", "outcome", "LETTER_SENT");
        given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON).body(attempt)
                .post("/api/v1/patients/" + UUID.randomUUID() + "/follow-up-contacts")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(AccessTokens.lab()).contentType(ContentType.JSON).body(attempt)
                .post("/api/v1/patients/" + UUID.randomUUID() + "/follow-up-contacts")
                .then().statusCode(403);
    }
}
