package org.cancerregistry.abstracting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cancerregistry.abstracting.edits.EditFailure;
import org.cancerregistry.abstracting.item.AbstractSection;
import org.cancerregistry.abstracting.item.NaaccrItem;
import org.cancerregistry.abstracting.item.NaaccrItems;
import org.cancerregistry.abstracting.tumor.TumorAbstract;

/** The abstract as the editor shows it: items grouped in sections, each with its label, value, codes and suggestion. */
public record AbstractEditor(TumorAbstract tumor, List<Section> sections, List<FailingEdit> failingEdits) {

    /** Items fed from elsewhere: derived by staging or kept from the pathology report. */
    private static final List<String> READ_ONLY = List.of("schemaId", "derivedSummaryStage2018", "dateCaseCompleted",
            "patientIdNumber", "tumorRecordNumber", "textDxProcPath");

    public record Section(String id, String title, List<Field> fields) {
    }

    /**
     * @param help what the registrar may enter: the length and type, or the list of valid codes
     */
    public record Field(String naaccrId, String label, String value, String help, List<String> codes, String suggestion,
            boolean readOnly, boolean failing, int length) {
    }

    /** A failing edit with the items to fix, each named by its label. */
    public record FailingEdit(String editId, String message, List<ItemLink> items) {
    }

    public record ItemLink(String naaccrId, String label) {
    }

    public static AbstractEditor of(TumorAbstract tumor) {
        List<String> failingItems = tumor.failingEdits().stream().flatMap(edit -> edit.items().stream()).toList();
        List<Section> sections = new ArrayList<>();
        for (AbstractSection section : AbstractSection.values()) {
            List<Field> fields = NaaccrItems.all().stream()
                    .filter(item -> item.section() == section)
                    .map(item -> field(item, tumor, failingItems))
                    .toList();
            if (!fields.isEmpty()) {
                sections.add(new Section(section.name().toLowerCase().replace('_', '-'), title(section), fields));
            }
        }
        return new AbstractEditor(tumor, sections, failingEdits(tumor.failingEdits()));
    }

    public static List<FailingEdit> failingEdits(List<EditFailure> failures) {
        return failures.stream().map(failure -> new FailingEdit(failure.editId(), failure.message(),
                failure.items().stream().map(id -> new ItemLink(id, label(id))).toList())).toList();
    }

    public static String label(String naaccrId) {
        return NaaccrItems.find(naaccrId).map(item -> item.label() + " [" + item.number() + "]").orElse(naaccrId);
    }

    private static Field field(NaaccrItem item, TumorAbstract tumor, List<String> failingItems) {
        Map<String, String> items = switch (item.level()) {
            case PATIENT -> tumor.patientItems();
            case TUMOR -> tumor.tumorItems();
        };
        List<String> codes = new ArrayList<>(new TreeSet<>(item.allowedCodes()));
        String help = item.isRestrictedToCodes() ? "Codes: " + String.join(", ", codes)
                : switch (item.dataType()) {
                    case DATE -> "Date as YYYYMMDD";
                    case DATE_TIME -> "ISO 8601 date or date-time";
                    case DIGITS -> item.length() + (item.length() == 1 ? " digit" : " digits");
                    case ALPHA -> item.length() + " upper-case letters";
                    case MIXED -> item.length() + " upper-case letters or digits";
                    case NUMERIC -> "A number";
                    case TEXT -> "Up to " + item.length() + " characters";
                };
        return new Field(item.naaccrId(), label(item.naaccrId()), items.getOrDefault(item.naaccrId(), ""), help, codes,
                tumor.suggestions().get(item.naaccrId()), READ_ONLY.contains(item.naaccrId()),
                failingItems.contains(item.naaccrId()), item.length());
    }

    private static String title(AbstractSection section) {
        return switch (section) {
            case PATIENT -> "Patient";
            case CANCER_IDENTIFICATION -> "Cancer identification";
            case STAGE -> "Stage";
            case TREATMENT -> "Treatment";
            case FOLLOW_UP -> "Follow-up";
            case ADMINISTRATION -> "Administration";
            case PATHOLOGY -> "Pathology report";
        };
    }
}
