package org.cancerregistry.reporting.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.reporting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Submission files hold patients' data: readable by the service's user only. */
@QuarkusTest
class SubmissionFilePermissionsTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldWriteTheFile0600InA0700Directory() throws Exception {
        String location = given().auth().oauth2(AccessTokens.registrar()).contentType(ContentType.JSON)
                .body(Map.of("recordType", "A", "naaccrVersion", "260", "diagnosisYears", List.of(1900), "stateRegistry", "state-registry-demo"))
                .post("/api/v1/submissions").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(20)).until(() -> "READY".equals(given().auth().oauth2(AccessTokens.registrar())
                .get(location).then().statusCode(200).extract().path("state")));

        Path file = filePath(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    private Path filePath(UUID submission) throws SQLException {
        try (var connection = database.getConnection();
                var query = connection.prepareStatement("SELECT file_path FROM submission WHERE id = ?")) {
            query.setObject(1, submission);
            try (var row = query.executeQuery()) {
                row.next();
                return Path.of(row.getString(1));
            }
        }
    }
}
