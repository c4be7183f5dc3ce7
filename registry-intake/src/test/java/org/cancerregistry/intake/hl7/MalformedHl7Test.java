package org.cancerregistry.intake.hl7;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.cancerregistry.intake.AccessTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every file under hl7/invalid is a message a lab could send by mistake; its folder says the answer:
 * ae (422, AE: fix the data and resend), ar (400, AR: not a Volume V ORU^R01 2.5.1 message at all),
 * foreign-lab (403, AR: MSH-4 is not the calling lab). Never a 5xx, never a stored report.
 */
@QuarkusTest
class MalformedHl7Test {

    static Stream<String> inError() throws IOException, URISyntaxException {
        return fixtures("ae");
    }

    static Stream<String> rejected() throws IOException, URISyntaxException {
        return fixtures("ar");
    }

    static Stream<String> fromAnotherLab() throws IOException, URISyntaxException {
        return fixtures("foreign-lab");
    }

    @ParameterizedTest
    @MethodSource("inError")
    void shouldAnswerAeWithErrSegmentsForDataToFix(String fixture) {
        Ack ack = Ack.of(submit("ae/" + fixture).then().statusCode(422).contentType("application/hl7-v2").extract().asString());

        assertThat(ack.code()).isEqualTo("AE");
        assertThat(ack.errors()).as(ack.raw()).isNotEmpty();
        assertThat(ack.errors()).allSatisfy(err -> assertThat(err).matches("ERR\\|\\|[A-Z]{3}\\^\\d+.*\\|\\d{3}\\^.*\\^HL70357\\|E\\|.*"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void shouldAnswerArForWhatIsNotAVolumeVMessage(String fixture) {
        Ack ack = Ack.of(submit("ar/" + fixture).then().statusCode(400).contentType("application/hl7-v2").extract().asString());

        assertThat(ack.code()).isEqualTo("AR");
        assertThat(ack.errors()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("fromAnotherLab")
    void shouldRefuseMessageNamingAnotherLab(String fixture) {
        Ack ack = Ack.of(submit("foreign-lab/" + fixture).then().statusCode(403).extract().asString());

        assertThat(ack.code()).isEqualTo("AR");
        assertThat(ack.errors()).singleElement().asString().contains("MSH^1^4");
    }

    private static Response submit(String fixture) {
        return given().auth().oauth2(AccessTokens.lab()).contentType("application/hl7-v2")
                .body(Hl7Fixtures.bytes("invalid/" + fixture))
                .when().post("/api/v1/pathology-reports");
    }

    private static Stream<String> fixtures(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedHl7Test.class.getResource("/hl7/invalid/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        }
    }
}
