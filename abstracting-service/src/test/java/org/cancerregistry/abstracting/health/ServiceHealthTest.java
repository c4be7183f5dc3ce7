package org.cancerregistry.abstracting.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceHealthTest {

    @Test
    void shouldBeReadyWithDatabaseAndKafkaUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check"))
                .body("checks.status", hasItems("UP"))
                .body("checks.findAll { it.status != 'UP' }.size()", is(0));
    }

    @Test
    void shouldServeOpenApiAndMetricsWithoutToken() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/work-queue"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
