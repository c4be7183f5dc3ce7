package org.cancerregistry.abstracting;

/** Examples for the OpenAPI document, with a fictitious patient. */
public final class ApiExamples {

    public static final String WORK_QUEUE = """
            {
              "items": [{
                "id": "5b0f3a8e-4c1e-4f3a-9d0e-7a6b5c4d3e21",
                "reportId": "0f8e7a52-3c1d-4b7e-9a51-6f2d8c4b1e90",
                "reportability": "REPORTABLE",
                "status": "OPEN",
                "queuedAt": "2026-03-12T10:15:03.120Z",
                "patientId": "7d1c2b3a-9e8f-4a5b-8c7d-6e5f4a3b2c1d",
                "tumorId": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                "patientLinkage": {"decision": "LINK", "candidatePatientId": "7d1c2b3a-9e8f-4a5b-8c7d-6e5f4a3b2c1d",
                  "weight": 48.7, "rule": "deterministic: SSN",
                  "fields": {"lastName": "AGREE", "firstName": "AGREE", "middleName": "MISSING", "dateOfBirth": "AGREE",
                    "sex": "AGREE", "ssn": "AGREE", "postalCode": "MISSING"}},
                "tumorLinkage": {"decision": "MULTIPLE", "tumorId": null, "rule": "M3 different site",
                  "reason": "C504 and C619 differ at the second or third character"}
              }],
              "page": 0,
              "size": 50
            }""";

    public static final String TUMOR_ABSTRACT = """
            {
              "id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
              "patientId": "7d1c2b3a-9e8f-4a5b-8c7d-6e5f4a3b2c1d",
              "status": "IN_PROGRESS",
              "version": 3,
              "patientItems": {"patientIdNumber": "00000042", "nameLast": "Doe", "nameFirst": "Jane", "dateOfBirth": "19570706",
                "sexAssignedAtBirth": "2", "race1": "01"},
              "tumorItems": {"tumorRecordNumber": "01", "pathReportNumber1": "S26-004512", "pathDateSpecCollect1": "2026-03-10",
                "primarySite": "C504", "laterality": "2", "histologicTypeIcdO3": "8500", "behaviorCodeIcdO3": "3",
                "dateOfDiagnosis": "20260310", "schemaId": "00480", "derivedSummaryStage2018": "1"},
              "suggestions": {"primarySite": "C504", "laterality": "2", "histologicTypeIcdO3": "8500", "behaviorCodeIcdO3": "3"},
              "failingEdits": [{"editId": "REQUIRED_FOR_COMPLETION", "message": "missing classOfCase, abstractedBy",
                "items": ["classOfCase", "abstractedBy"]}],
              "stage": {"schemaId": "00480", "derivedSummaryStage2018": "1", "errors": []},
              "completedAt": null
            }""";

    public static final String COMPLETION_REFUSED = """
            {
              "type": "about:blank",
              "title": "Edits fail",
              "status": 409,
              "detail": "The abstract cannot be completed while 1 edit(s) fail.",
              "failingEdits": [{"editId": "DOB_BEFORE_DIAGNOSIS", "message": "date of birth is after date of diagnosis",
                "items": ["dateOfBirth", "dateOfDiagnosis"]}]
            }""";

    public static final String PATIENT_SEARCH = """
            {
              "items": [{"id": "7d1c2b3a-9e8f-4a5b-8c7d-6e5f4a3b2c1d", "nameLast": "Doe", "nameFirst": "Jane",
                "dateOfBirth": "19570706", "sexAssignedAtBirth": "2"}],
              "page": 0,
              "size": 50
            }""";

    public static final String PATIENT_RECORD = """
            {
              "id": "7d1c2b3a-9e8f-4a5b-8c7d-6e5f4a3b2c1d",
              "items": {"patientIdNumber": "00000042", "nameLast": "Doe", "nameFirst": "Jane", "dateOfBirth": "19570706",
                "sexAssignedAtBirth": "2", "race1": "01", "dateOfLastContact": "20261102", "vitalStatus": "1"},
              "tumors": [{"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "status": "COMPLETED", "primarySite": "C504",
                "histology": "8500", "dateOfDiagnosis": "20260310"}],
              "reports": [{"id": "0f8e7a52-3c1d-4b7e-9a51-6f2d8c4b1e90", "labClia": "33D1234567", "accessionNumber": "S26-004512",
                "receivedAt": "2026-03-12T10:15:02.318Z", "reportability": "REPORTABLE",
                "tumorId": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"}]
            }""";

    private ApiExamples() {
    }
}
