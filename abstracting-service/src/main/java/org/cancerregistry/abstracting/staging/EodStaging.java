package org.cancerregistry.abstracting.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.imsweb.staging.Staging;
import com.imsweb.staging.eod.EodDataProvider;
import com.imsweb.staging.eod.EodDataProvider.EodVersion;
import com.imsweb.staging.eod.EodSchemaLookup;
import com.imsweb.staging.eod.EodStagingData.EodInput;
import com.imsweb.staging.eod.EodStagingData.EodOutput;
import com.imsweb.staging.entities.Error;
import com.imsweb.staging.entities.Input;
import com.imsweb.staging.entities.Schema;
import com.imsweb.staging.entities.StagingData;

/**
 * Derives the schema and Summary Stage 2018 of a tumor with the SEER EOD 2018 algorithm (public version). Each schema
 * names the NAACCR item behind each of its inputs, so the abstract's items feed the algorithm directly. Thread-safe.
 */
public final class EodStaging {

    /** EOD 3.0 predates NAACCR v26 and still reads Sex [220]; Sex Assigned at Birth [225] replaced it, codes 1, 2, 9. */
    private static final String SEX_BEFORE_V26 = "sex";
    private static final String SEX_ASSIGNED_AT_BIRTH = "sexAssignedAtBirth";
    private static final String DATE_OF_DIAGNOSIS = "dateOfDiagnosis";

    private final Staging staging;

    public EodStaging() {
        staging = Algorithm.STAGING;
    }

    /**
     * Stages one tumor.
     *
     * @param tumorAndPatientItems NAACCR items by naaccrId: at least primarySite, histologicTypeIcdO3, behaviorCodeIcdO3,
     *                             dateOfDiagnosis, sexAssignedAtBirth, eodPrimaryTumor, eodRegionalNodes, eodMets, and
     *                             schemaDiscriminator1/2 or the site-specific items the schema asks for
     */
    public StagingResult stage(Map<String, String> tumorAndPatientItems) {
        Objects.requireNonNull(tumorAndPatientItems, "tumorAndPatientItems");
        String site = value(tumorAndPatientItems, "primarySite");
        String histology = value(tumorAndPatientItems, "histologicTypeIcdO3");
        if (site.isEmpty() || histology.isEmpty()) {
            return failed("primarySite and histologicTypeIcdO3 are needed to find the EOD schema");
        }
        List<Schema> schemas = staging.lookupSchema(lookup(tumorAndPatientItems, site, histology));
        if (schemas.isEmpty()) {
            return failed("no EOD schema for primarySite " + site + " and histologicTypeIcdO3 " + histology);
        }
        if (schemas.size() > 1) {
            return failed("primarySite " + site + " and histologicTypeIcdO3 " + histology + " fit several EOD schemas ("
                    + String.join(", ", schemas.stream().map(Schema::getId).toList())
                    + "): a schema discriminator (schemaDiscriminator1, schemaDiscriminator2) is needed");
        }
        return stage(schemas.get(0), tumorAndPatientItems);
    }

    private StagingResult stage(Schema schema, Map<String, String> items) {
        StagingData data = new StagingData();
        for (Input input : schema.getInputs()) {
            String value = inputValue(input, items);
            if (!value.isEmpty()) {
                data.setInput(input.getKey(), value);
            }
        }
        staging.stage(data);

        List<String> errors = new ArrayList<>();
        if (data.getResult() == StagingData.Result.FAILED_INVALID_YEAR_DX) {
            errors.add("dateOfDiagnosis: the EOD 2018 algorithm stages diagnoses from 2018 to the current year");
        } else if (data.getResult() != StagingData.Result.STAGED) {
            errors.add("EOD staging with schema " + schema.getId() + " failed: " + data.getResult());
        }
        inputErrors(data.getErrors()).forEach(error -> errors.add(describe(schema, error)));
        return new StagingResult(data.getOutput(EodOutput.NAACCR_SCHEMA_ID.toString()),
                data.getOutput(EodOutput.SS_2018_DERIVED.toString()), errors);
    }

    /**
     * An invalid input makes the algorithm also report every table it then could not match; the invalid inputs are
     * what the registrar can correct, so only they are reported when there are any.
     */
    private static List<Error> inputErrors(List<Error> errors) {
        List<Error> invalidInputs = errors.stream()
                .filter(error -> error.getType() == Error.Type.INVALID_REQUIRED_INPUT
                        || error.getType() == Error.Type.INVALID_NON_REQUIRED_INPUT)
                .toList();
        return invalidInputs.isEmpty() ? errors : invalidInputs;
    }

    private static EodSchemaLookup lookup(Map<String, String> items, String site, String histology) {
        EodSchemaLookup lookup = new EodSchemaLookup(site, histology);
        setIfPresent(lookup, EodInput.DISCRIMINATOR_1, value(items, "schemaDiscriminator1"));
        setIfPresent(lookup, EodInput.DISCRIMINATOR_2, value(items, "schemaDiscriminator2"));
        setIfPresent(lookup, EodInput.SEX, value(items, SEX_ASSIGNED_AT_BIRTH));
        setIfPresent(lookup, EodInput.BEHAVIOR, value(items, "behaviorCodeIcdO3"));
        return lookup;
    }

    private static void setIfPresent(EodSchemaLookup lookup, EodInput input, String value) {
        if (!value.isEmpty()) {
            lookup.setInput(input.toString(), value);
        }
    }

    private static String inputValue(Input input, Map<String, String> items) {
        String naaccrId = input.getNaaccrXmlId();
        if (naaccrId == null) {
            return "";
        }
        if (naaccrId.equals(DATE_OF_DIAGNOSIS)) {
            String date = value(items, DATE_OF_DIAGNOSIS);
            return date.length() >= 4 ? date.substring(0, 4) : "";
        }
        return value(items, naaccrId.equals(SEX_BEFORE_V26) ? SEX_ASSIGNED_AT_BIRTH : naaccrId);
    }

    private static String describe(Schema schema, Error error) {
        String key = error.getKey();
        if (key == null) {
            return error.getMessage();
        }
        Input input = schema.getInputMap().get(key);
        String item = input == null || input.getNaaccrXmlId() == null ? key : input.getNaaccrXmlId();
        return (item.equals(SEX_BEFORE_V26) ? SEX_ASSIGNED_AT_BIRTH : item) + ": " + error.getMessage();
    }

    private static String value(Map<String, String> items, String naaccrId) {
        String value = items.get(naaccrId);
        return value == null ? "" : value.strip();
    }

    private static StagingResult failed(String error) {
        return new StagingResult("", "", List.of(error));
    }

    /** The algorithm takes about a second to load, so it is loaded once, on first use, and shared. */
    private static final class Algorithm {
        static final Staging STAGING = Staging.getInstance(EodDataProvider.getInstance(EodVersion.LATEST));
    }
}
