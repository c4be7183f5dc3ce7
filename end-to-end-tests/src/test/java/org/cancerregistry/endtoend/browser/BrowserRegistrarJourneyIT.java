package org.cancerregistry.endtoend.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A registrar's day in the browser: log in through Keycloak, open a lab's new report from the work queue, abstract it
 * beside the report, see an edit fail and fix it, complete the abstract; find the patient in the follow-up due list
 * and record a contact; create a submission, watch it being generated and download it.
 */
class BrowserRegistrarJourneyIT {

    private static final DateTimeFormatter NAACCR = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalDate DIAGNOSIS = LocalDate.of(2026, 3, 10);
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void shouldTakeAReportFromTheQueueToACompletedAbstractAFollowUpAndASubmission() throws Exception {
        Registry.LabReport report = Registry.breastCancerReport();
        Registry.queueItem(report.reportId());
        // A last contact of its own, so that the patient's follow-up falls due on a day few others do.
        LocalDate lastContact = LocalDate.of(2026, 3, 20).plusDays(ThreadLocalRandom.current()
                .nextLong(ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 20), LocalDate.now())));

        try (Browser browser = new Browser("registrar-journey")) {
            Page page = browser.page;
            browser.logIn("/work-queue", "registrar.demo", "Registrar-demo-1");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Work queue"))).isVisible();

            page.getByLabel("Sort", EXACT).selectOption("newest");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
            assertThat(page).hasURL(Pattern.compile(".*sort=newest.*"));
            browser.screenshot("work-queue");
            Locator reportLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(report.accessionNumber()));
            assertThat(reportLink).isVisible();
            reportLink.click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Report beside abstract"))).isVisible();
            assertThat(page.locator("mark").first()).isVisible();
            assertThat(page.getByText(report.lastName() + ", " + report.firstName())).isVisible();
            browser.screenshot("report-beside-abstract");

            Locator complete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete abstract"));
            assertThat(complete).isDisabled();
            for (CodedBreastCancer.Entry entry : CodedBreastCancer.ENTRIES) {
                field(page, entry.label()).fill(entry.value());
            }
            field(page, CodedBreastCancer.AGE_AT_DIAGNOSIS)
                    .fill(String.format("%03d", Period.between(report.birth(), DIAGNOSIS).getYears()));
            field(page, CodedBreastCancer.DATE_OF_LAST_CONTACT).fill(lastContact.format(NAACCR));
            field(page, CodedBreastCancer.DATE_OF_LAST_CANCER_STATUS).fill(lastContact.format(NAACCR));
            // A slip: a diagnosis decades before the patient's first contact.
            field(page, CodedBreastCancer.DATE_OF_DIAGNOSIS).fill("19500101");

            Locator failingEdits = page.getByRole(AriaRole.LIST).filter(new Locator.FilterOptions()
                    .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CodedBreastCancer.DATE_OF_DIAGNOSIS))));
            Locator dateOfDiagnosisLink = page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(CodedBreastCancer.DATE_OF_DIAGNOSIS).setExact(true));
            // Every field is saved a moment after it is typed, one request after another.
            page.waitForTimeout(1000);
            page.waitForFunction("() => document.querySelectorAll('.htmx-request').length === 0");
            assertThat(failingEdits).isVisible();
            assertThat(dateOfDiagnosisLink.first()).isVisible();
            assertThat(complete).isDisabled();
            browser.screenshot("edit-fails");

            dateOfDiagnosisLink.first().click();
            assertThat(field(page, CodedBreastCancer.DATE_OF_DIAGNOSIS)).isFocused();
            field(page, CodedBreastCancer.DATE_OF_DIAGNOSIS).fill(DIAGNOSIS.format(NAACCR));
            assertThat(page.getByText("All edits pass.")).isVisible();
            assertThat(complete).isEnabled();
            assertThat(page.locator("#derived-stage")).not().hasText("not derived");
            Path editorShot = browser.screenshot("edits-pass");
            saveForTheReadme(page);

            complete.click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Abstract completed")))
                    .isVisible();
            assertThat(page.locator("#checks")).containsText("COMPLETED");
            browser.screenshot("completed");
            assertThat(editorShot).exists();

            // The completed abstract is followed: due twelve months after the last contact.
            LocalDate due = lastContact.plusMonths(12);
            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Follow-up")).click();
            String patientName = report.lastName() + ", " + report.firstName();
            Locator patientInDueList = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(patientName).setExact(true));
            for (int attempt = 0; attempt < 30 && patientInDueList.count() == 0; attempt++) {
                page.getByLabel("Due through", EXACT).fill(due.toString());
                page.getByLabel("Order", EXACT).selectOption("-dueDate");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
                page.waitForLoadState();
                if (patientInDueList.count() == 0) {
                    page.waitForTimeout(1000);
                }
            }
            assertThat(patientInDueList).isVisible();
            browser.screenshot("follow-up-due");

            patientInDueList.click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(patientName))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).hasCount(0);
            page.getByLabel("Contact date", EXACT).fill(LocalDate.now().toString());
            page.getByLabel("Outcome", EXACT).selectOption("RESULT");
            page.getByLabel("Vital status", EXACT).selectOption("ALIVE");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("recorded");
            browser.screenshot("patient-contact-recorded");

            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submissions")).click();
            page.getByLabel("Diagnosis years", EXACT).fill("2026");
            page.getByLabel("Record type", EXACT).selectOption("I");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create submission")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submission requested");
            Locator newest = page.locator("tbody tr").first();
            browser.screenshot("submission-requested");
            Locator download = newest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Download")));
            assertThat(download).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(newest).containsText("READY");
            browser.screenshot("submission-ready");
            Download file = page.waitForDownload(download::click);
            Path saved = Paths.get("target", "downloads", file.suggestedFilename());
            file.saveAs(saved);
            assertThat(file.suggestedFilename()).startsWith("submission-").endsWith(".xml");
            assertThat(Files.readString(saved)).startsWith("<?xml").contains("NaaccrData");

            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Data quality")).click();
            page.getByLabel("Diagnosis year", EXACT).fill("2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            Locator measures = page.locator("section[aria-labelledby=missing-title] table");
            assertThat(measures).containsText("Missing age at diagnosis");
            browser.screenshot("data-quality");
        }
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** The README's picture of the abstract editor (docs/abstract-editor.png is a copy): the report beside the abstract, its checks passing. */
    private static void saveForTheReadme(Page page) {
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "abstract-editor.png")));
    }
}
