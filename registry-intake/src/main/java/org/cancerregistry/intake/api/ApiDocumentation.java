package org.cancerregistry.intake.api;

/** Texts and examples for the OpenAPI document: what a lab sends and what it gets back. */
final class ApiDocumentation {

    // Both submit methods share one OpenAPI operation (same path and verb), so they carry the same text.
    static final String SUBMIT_SUMMARY = "Submit a pathology report (HL7 v2.5.1 ORU^R01, NAACCR Volume V, or JSON)";

    static final String SUBMIT_DESCRIPTION = "As HL7 (Content-Type application/hl7-v2 or x-application/hl7-v2+er7): one message, or an HL7 "
            + "batch (FHS/BHS ... BTS/FTS) whose messages are acknowledged one by one; segments may end in CR, LF "
            + "or CRLF. The answer is an HL7 ACK: 200 with MSA-1 AA when accepted (also for a resend of the same "
            + "MSH-10, which stores nothing new), 422 with AE and one ERR segment per problem, 400 with AR for "
            + "what is not a Volume V ORU^R01 2.5.1 message, 403 with AR when MSH-4 names another lab than the "
            + "caller's, 503 with AR when the registry cannot store it now (send again later). A batch answers "
            + "200 with one ACK per message. As JSON (Content-Type application/json): 201 with Location for a new "
            + "report or version; 200 with the original report when the same messageControlId, or the same "
            + "content for the accession number, was sent before; 400 problem JSON naming each invalid field.";

    static final String ORU_R01 = "MSH|^~\\&|LAB-SYSTEM|INDEPENDENT LAB SERVICES^33D1234567^CLIA|||20260312101500||ORU^R01^ORU_R01|MSG-20260312-0001|P|2.5.1|||||||||VOL_V_50_ORU_R01^NAACCR_CP^2.16.840.1.113883.9.8^ISO\r"
            + "PID|1||123456789^^^^SS~00466144^^^^MR||Doe^Jane^Q||19570706|F||2106-3^White^HL70005|495 East Drive^^Delmar^NY^12054^^H\r"
            + "ORC|RE||||||||||||||||||||Albany Medical Center\r"
            + "OBR|1||S26-004512|11529-5^Surgical Pathology Study Report^LN|||20260310|||||||||||||||20260312||||F\r"
            + "OBX|1|TX|22637-3^Final diagnosis^LN||Infiltrating duct carcinoma, left breast.||||||F\r";

    static final String JSON_REPORT = """
            {
              "messageControlId": "LIS-2026-000451",
              "accessionNumber": "S26-004512",
              "reportTypeLoinc": "11529-5",
              "reportTypeName": "Surgical Pathology Study Report",
              "specimenCollectionDate": "2026-03-10",
              "resultStatus": "F",
              "patient": {
                "identifiers": [{"type": "SS", "value": "123456789"}, {"type": "MR", "value": "00466144"}],
                "lastName": "Doe", "firstName": "Jane", "dateOfBirth": "1957-07-06", "sex": "F", "race": "2106-3",
                "address": {"street": "495 East Drive", "city": "Delmar", "state": "NY", "postalCode": "12054"}
              },
              "orderingFacility": "Albany Medical Center",
              "sections": [
                {"loinc": "22637-3", "name": "Final diagnosis", "text": "Infiltrating duct carcinoma, left breast."},
                {"loinc": "22636-5", "name": "Clinical history", "text": "Left breast mass."}
              ]
            }""";


    static final String REPORT_DETAILS = """
            {
              "id": "0f8e7a52-3c1d-4b7e-9a51-6f2d8c4b1e90",
              "version": 1,
              "supersedesId": null,
              "status": "ACCEPTED",
              "labClia": "33D1234567",
              "messageControlId": "MSG-20260312-0001",
              "accessionNumber": "S26-004512",
              "reportTypeLoinc": "11529-5",
              "specimenCollectionDate": "20260310",
              "correction": false,
              "receivedAt": "2026-03-12T10:15:02.318Z",
              "reportability": "REPORTABLE",
              "screeningTerms": ["infiltrating duct carcinoma"]
            }""";

    static final String REPORT_PAGE = """
            {
              "items": [{
                "id": "0f8e7a52-3c1d-4b7e-9a51-6f2d8c4b1e90",
                "labClia": "33D1234567",
                "messageControlId": "MSG-20260312-0001",
                "accessionNumber": "S26-004512",
                "version": 1,
                "receivedAt": "2026-03-12T10:15:02.318Z",
                "status": "ACCEPTED",
                "reportability": "REPORTABLE"
              }],
              "page": 0,
              "size": 50
            }""";

    private ApiDocumentation() {
    }
}
