package org.cancerregistry.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The security review's lost report: a PID-3 identifier type (CX.5) of 11 characters was answered AA by intake,
 * then could not be stored by abstracting and went silently to a dead-letter topic. Intake now refuses every value
 * that a service downstream could not store, so the lab hears of it and nothing accepted is dropped.
 */
class UnstorableReportIT {

    @Test
    void shouldRefuseAnIdentifierTypeThatNoServiceCouldStoreAndKeepNothingOfIt() {
        String controlId = "E2E" + UUID.randomUUID().toString().substring(0, 12);
        String message = String.join("\r",
                "MSH|^~\\&|LAB-LIS|INDEPENDENT LAB SERVICES^33D1234567^CLIA|||20260312101500||ORU^R01^ORU_R01|" + controlId
                        + "|P|2.5.1|||||||||VOL_V_50_ORU_R01^NAACCR_CP",
                "PID|1||123456789^^^^ELEVENCHARS~MR" + controlId.substring(3, 9) + "^^^^MR||Probe^Unstorable||19600101|F",
                "OBR|1||S" + controlId.substring(3) + "|11529-5^Surgical Pathology Study Report^LN|||20260310||||||||||||||||||F",
                "OBX|1|TX|22637-3^Final diagnosis^LN||Infiltrating duct carcinoma, left breast.||||||F",
                "");

        String acknowledgement = given().auth().oauth2(Platform.labToken()).contentType("application/hl7-v2")
                .body(message.getBytes(StandardCharsets.UTF_8))
                .post(Platform.INTAKE + "/api/v1/pathology-reports")
                .then().statusCode(422).extract().asString();

        assertThat(acknowledgement).contains("MSA|AE|" + controlId).containsPattern("ERR\\|[^\r]*PID\\^1\\^3\\^1\\^5|PID-3\\.5");
        List<Map<String, Object>> stored = given().auth().oauth2(Platform.labToken())
                .get(Platform.INTAKE + "/api/v1/pathology-reports?size=100")
                .then().statusCode(200).extract().path("items");
        assertThat(stored).noneMatch(report -> controlId.equals(report.get("messageControlId")));
    }
}
