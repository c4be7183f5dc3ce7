package org.cancerregistry.endtoend.scenario;

/**
 * One pathology report the scenario sends: its HL7 message, the ids that make it this run's, the
 * person it is about, and the reportability the intake's screening must find.
 *
 * @param source the fixture it came from, or "data-generator"
 */
record ScenarioReport(String controlId, String accession, Person person, String source, boolean reportable, String message) {
}
