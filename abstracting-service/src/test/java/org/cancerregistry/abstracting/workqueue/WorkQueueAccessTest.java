package org.cancerregistry.abstracting.workqueue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.cancerregistry.abstracting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WorkQueueAccessTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRefuseCallerWithoutToken() {
        given().when().get("/api/v1/work-queue").then().statusCode(401);
    }

    @Test
    void shouldRefuseLabAndStateRegistry() {
        given().auth().oauth2(AccessTokens.lab()).when().get("/api/v1/work-queue").then().statusCode(403);
        given().auth().oauth2(AccessTokens.stateRegistry()).when().get("/api/v1/work-queue").then().statusCode(403);
    }

    @Test
    void shouldShowRegistrarOpenItemsOnly() throws SQLException {
        UUID open = queue(WorkQueueStatus.OPEN);
        UUID done = queue(WorkQueueStatus.DONE);

        given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/work-queue?size=500")
                .then().statusCode(200)
                .body("items.id", hasItem(open.toString()))
                .body("items.id", not(hasItem(done.toString())));
    }

    @Test
    void shouldLetRegistryManagerSeeTheQueue() {
        given().auth().oauth2(AccessTokens.registryManager()).when().get("/api/v1/work-queue").then().statusCode(200);
    }

    @Test
    void shouldAnswerProblemJsonForNegativePage() {
        given().auth().oauth2(AccessTokens.registrar())
                .when().get("/api/v1/work-queue?page=-1")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("page"))
                .body("status", is(400));
    }

    private UUID queue(WorkQueueStatus status) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = database.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO work_queue_item (id, report_id, reportability, status, queued_at) VALUES (?, ?, 'REPORTABLE', ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, status.name());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }
}
