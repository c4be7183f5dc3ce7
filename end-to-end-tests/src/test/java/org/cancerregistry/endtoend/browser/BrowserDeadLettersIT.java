package org.cancerregistry.endtoend.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.cancerregistry.endtoend.Platform;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The manager's dead letters in the browser: those of the follow-up and reporting services beside abstracting's own. */
class BrowserDeadLettersIT {

    private static final String TUMOR_ABSTRACTS = "tumor-abstracts";

    @Test
    void shouldShowAnUnreadableAbstractEventInTheFollowUpAndReportingSectionsAndReplayIt() throws Exception {
        String eventId = UUID.randomUUID().toString();
        // Cut off before its end: no consumer can read it. The marker is in the key, which no page shows either.
        String truncated = "{\"eventId\": \"" + eventId + "\", \"patientId\": 42";
        RecordMetadata sent = publish(new ProducerRecord<>(TUMOR_ABSTRACTS, "e2e-unreadable-" + UUID.randomUUID(), truncated));

        try (Browser browser = new Browser("manager-dead-letters")) {
            Page page = browser.page;
            browser.logIn("/dead-letters", "manager.demo", "Manager-demo-1");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dead letters"))).isVisible();
            Locator followUpRow = row(page, "followup", sent);
            Locator reportingRow = row(page, "reporting", sent);
            // Each consumer dead-letters the event in its own time, and the page shows what the services held when it
            // opened: reloaded until both have it (in the test's thread, the only one Playwright answers on).
            Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                if (followUpRow.count() == 1 && reportingRow.count() == 1) {
                    return true;
                }
                page.reload();
                return false;
            });
            assertThat(followUpRow).containsText("unreadable TumorAbstractChanged event");
            assertThat(reportingRow).containsText("unreadable TumorAbstractChanged event");
            browser.screenshot("dead-letters");
            assertThat(page.content()).doesNotContain(eventId);

            followUpRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Replay")).click();
            assertThat(followUpRow).containsText("Failed");
            browser.screenshot("follow-up-replay-failed");
            assertThat(page.content()).doesNotContain(eventId);
        }
    }

    private static Locator row(Page page, String service, RecordMetadata sent) {
        return page.locator("#" + service + "-dead-letters tr[data-source-partition=\"" + sent.partition()
                + "\"][data-source-offset=\"" + sent.offset() + "\"]");
    }

    private static RecordMetadata publish(ProducerRecord<String, String> record) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }
}
