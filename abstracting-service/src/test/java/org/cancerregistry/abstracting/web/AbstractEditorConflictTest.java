package org.cancerregistry.abstracting.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.cancerregistry.abstracting.tumor.BaseAbstract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The editor's save as the registrar types, after someone else saved the same abstract. */
@QuarkusTest
@TestSecurity(user = "registrar.demo", roles = "registrar")
class AbstractEditorConflictTest {

    @Test
    void shouldMergeAnEditOfAnotherItemAndRefuseOneOfTheSameItemShowingItsValueNow() throws Exception {
        String tumorId = BaseAbstract.queuedTumor();
        save(tumorId, "primarySite", "C504", "").then().statusCode(200);
        // Someone else, from the abstract as it was: the site and the laterality.
        given().contentType(ContentType.JSON).body(Map.of("items", Map.of("primarySite", "C509", "laterality", "2")))
                .patch("/api/v1/tumors/" + tumorId).then().statusCode(200);

        // The registrar's page still shows C504 and no histology: an edit of the histology is merged.
        save(tumorId, "histologicTypeIcdO3", "8500", "").then().statusCode(200)
                .body(allOf(containsString("id=\"error-histologicTypeIcdO3\""), containsString("data-value=\"8500\"")));
        // An edit of the site, which someone else changed since, is refused with the site as it is now.
        save(tumorId, "primarySite", "C501", "C504").then().statusCode(409)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("Changed by someone else"), containsString("data-value=\"C509\""),
                        containsString("data-conflict"), containsString("id=\"checks\"")));

        given().get("/api/v1/tumors/" + tumorId).then().statusCode(200)
                .body("tumorItems.primarySite", is("C509"))
                .body("tumorItems.laterality", is("2"))
                .body("tumorItems.histologicTypeIcdO3", is("8500"));
        // Typed again from the value it shows now, the edit is saved.
        save(tumorId, "primarySite", "C501", "C509").then().statusCode(200);
        given().get("/api/v1/tumors/" + tumorId).then().body("tumorItems.primarySite", is("C501"));
    }

    private static io.restassured.response.Response save(String tumorId, String item, String value, String seen) {
        return given().contentType(ContentType.URLENC).formParam(item, value).formParam("base:" + item, seen)
                .post("/ui/tumors/" + tumorId + "/items");
    }
}
