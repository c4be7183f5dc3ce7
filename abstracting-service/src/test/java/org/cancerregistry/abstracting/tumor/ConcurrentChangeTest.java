package org.cancerregistry.abstracting.tumor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cancerregistry.abstracting.AccessTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrentChangeTest {

    private static final int CHANGES = 20;

    /** The UI saves as the registrar types: concurrent saves of one abstract get 200 or 409 with the abstract now, never 500. */
    @Test
    void shouldAnswerAChangeThatLostARaceWith409AndTheCurrentAbstract() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();
        String token = AccessTokens.registrar();
        ExecutorService threads = Executors.newFixedThreadPool(CHANGES);
        List<Response> answers;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> changes = new ArrayList<>();
            for (int i = 1; i <= CHANGES; i++) {
                String date = String.format("202601%02d", i);
                changes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("items", Map.of("dateOfDiagnosis", date)))
                            .patch("/api/v1/tumors/" + tumorId);
                }, threads));
            }
            start.countDown();
            answers = new ArrayList<>();
            for (CompletableFuture<Response> change : changes) {
                answers.add(change.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        System.out.println("concurrent PATCH statuses: " + statuses);
        assertThat(statuses).containsOnly(200, 409).contains(200);
        String now = given().auth().oauth2(token).get("/api/v1/tumors/" + tumorId).then().statusCode(200)
                .extract().path("tumorItems.dateOfDiagnosis");
        for (Response conflict : answers.stream().filter(answer -> answer.statusCode() == 409).toList()) {
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.<String>path("title")).isEqualTo("Changed by someone else");
            assertThat(conflict.<String>path("currentAbstract.id")).isEqualTo(tumorId);
            assertThat(conflict.<String>path("currentAbstract.tumorItems.dateOfDiagnosis")).startsWith("202601");
        }
        assertThat(now).startsWith("202601");
    }
}
