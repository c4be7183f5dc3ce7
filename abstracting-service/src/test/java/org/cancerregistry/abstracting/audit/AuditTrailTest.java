package org.cancerregistry.abstracting.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.AccessTokens;
import org.cancerregistry.abstracting.patient.RegistryPatients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRecordThatAManagerReadTheTrail() throws Exception {
        UUID patient = RegistryPatients.insert(database, RegistryPatients.uniqueName("Trail"), "Read", "19700101");
        given().auth().oauth2(AccessTokens.registrar()).get("/api/v1/patients/" + patient).then().statusCode(200);

        List<Map<String, Object>> trail = trail(patient, "");
        assertThat(trail).extracting(event -> event.get("action")).containsExactly("READ_AUDIT", "READ");
        assertThat(trail.get(0).get("actor")).isEqualTo("manager.demo");
        assertThat(trail(patient, "")).extracting(event -> event.get("action")).containsExactly("READ_AUDIT", "READ_AUDIT", "READ");
    }

    @Test
    @TestSecurity(user = "manager.demo", roles = "registry-manager")
    void shouldRecordThatAManagerSawTheTrailOnThePatientsPage() throws Exception {
        UUID patient = RegistryPatients.insert(database, RegistryPatients.uniqueName("Page"), "Read", "19700101");
        given().get("/ui/patients/" + patient).then().statusCode(200).body(containsString("Audit trail"));
        given().get("/ui/patients/" + patient).then().statusCode(200).body(containsString("Read audit"));
        try (var connection = database.getConnection(); var actions = connection.prepareStatement(
                "SELECT action FROM audit_event WHERE patient_id = ? ORDER BY id")) {
            actions.setObject(1, patient);
            try (var rows = actions.executeQuery()) {
                StringBuilder seen = new StringBuilder();
                while (rows.next()) {
                    seen.append(rows.getString(1)).append(' ');
                }
                assertThat(seen.toString().trim()).isEqualTo("READ READ_AUDIT READ READ_AUDIT");
            }
        }
    }

    @Test
    void shouldPageTheTrailNewestFirst() throws Exception {
        UUID patient = RegistryPatients.insert(database, RegistryPatients.uniqueName("Paged"), "Read", "19700101");
        String registrar = AccessTokens.registrar();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(registrar).get("/api/v1/patients/" + patient).then().statusCode(200);
        }
        // The request's own READ_AUDIT comes first, then the three READs.
        assertThat(trail(patient, "?page=1&size=2")).extracting(event -> event.get("action")).containsExactly("READ", "READ");
        assertThat(trail(patient, "?page=0&size=1")).extracting(event -> event.get("action")).containsExactly("READ_AUDIT");
    }

    @ParameterizedTest
    @ValueSource(strings = { "page=abc", "page=-1", "page=42949673", "page=99999999999999999999", "page=1.5", "size=0",
            "size=501", "size=x" })
    void shouldRefuseAPageOrSizeOutOfBoundsWithProblemJson(String query) throws Exception {
        UUID patient = RegistryPatients.insert(database, RegistryPatients.uniqueName("Bounds"), "Read", "19700101");
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/patients/" + patient + "/audit?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is(query.substring(0, query.indexOf('='))));
    }

    @Test
    void shouldAnswerNotFoundForTheTrailOfAnUnknownPatient() {
        given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/patients/" + UUID.randomUUID() + "/audit")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Map<String, Object>> trail(UUID patient, String query) {
        return given().auth().oauth2(AccessTokens.registryManager()).get("/api/v1/patients/" + patient + "/audit" + query)
                .then().statusCode(200).extract().path("$");
    }
}
