package org.cancerregistry.abstracting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** page and size of every list: validated and bounded, never a 404, a 500 or an offset that wraps around. */
@QuarkusTest
@TestSecurity(user = "manager.demo", roles = { "registrar", "registry-manager" })
class PagingTest {

    private static final List<String> LISTS = List.of("/api/v1/work-queue", "/api/v1/pathology-reports", "/api/v1/dead-letters",
            "/api/v1/patients?lastName=Zz" + UUID.randomUUID().toString().substring(0, 6),
            "/api/v1/patients/" + UUID.randomUUID() + "/audit", "/ui/work-queue");

    @Test
    void shouldRefuseAPageOrSizeThatIsNotAWholeNumberInBoundsWith400Problem() {
        for (String list : LISTS) {
            for (String bad : List.of("page=abc", "page=-1", "page=1000000000", "page=42949673", "page=99999999999999999999",
                    "size=abc", "size=0", "size=100000", "page=1.5", "page=")) {
                String uri = list + (list.contains("?") ? "&" : "?") + bad;
                given().urlEncodingEnabled(false).when().get(uri)
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("status", is(400))
                        .body("invalidParams.name", hasItem(bad.substring(0, bad.indexOf('='))));
            }
        }
    }

    @Test
    void shouldAnswerTheLastAllowedPageEmpty() {
        for (String list : LISTS.subList(0, 3)) {
            given().when().get(list + "?page=100000&size=500").then().statusCode(200).body("items", empty());
        }
    }

    @Test
    void shouldAnswerAnUnreadableQueryOrPathParameterWith400Problem() {
        given().get("/api/v1/work-queue?status=NOT_A_STATUS").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not of its type"));
        given().get("/api/v1/tumors/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/dead-letters/abc/replay").then().statusCode(not(500));
        given().post("/api/v1/dead-letters/abc/replay").then().statusCode(400).contentType("application/problem+json");
    }
}
