package org.cancerregistry.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void shouldDocumentTheReportsAndTheSubmissionSelection() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/data-quality"))
                .body("paths", hasKey("/api/v1/incidence"))
                .body("paths.'/api/v1/incidence'.get.responses.'200'.content", hasKey("text/csv"))
                .body("components.schemas.SubmissionRequest.properties", hasKey("stateRegistry"))
                .body("components.schemas.SubmissionRequest.properties", hasKey("changedSinceLastAccepted"))
                .body("components.schemas.SubmissionRequest.properties", not(hasKey("selection")))
                .body("components.schemas.SubmissionRequest.properties.changedSinceLastAccepted.description",
                        containsString("Without any accepted submission yet, every tumor"))
                .body("components.schemas.DataQualityMeasure", notNullValue());
    }
}
