package org.cancerregistry.abstracting.tumor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.cancerregistry.abstracting.audit.AuditEvent.Change;
import org.cancerregistry.abstracting.audit.AuditTrail;
import org.cancerregistry.abstracting.edits.AbstractRecord;
import org.cancerregistry.abstracting.edits.EditFailure;
import org.cancerregistry.abstracting.edits.EditsEngine;
import org.cancerregistry.abstracting.event.TumorAbstractChanged;
import org.cancerregistry.abstracting.item.ItemLevel;
import org.cancerregistry.abstracting.item.NaaccrItems;
import org.cancerregistry.abstracting.patient.Patient;
import org.cancerregistry.abstracting.patient.PatientLinker;
import org.cancerregistry.abstracting.patient.PatientRepository;
import org.cancerregistry.abstracting.problem.InvalidParameterException;
import org.cancerregistry.abstracting.problem.Problem.InvalidParam;
import org.cancerregistry.abstracting.staging.EodStaging;
import org.cancerregistry.abstracting.staging.StagingResult;

import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The registrar's work on a tumor's abstract: read it (audited), change items (validated against the
 * item table, audited with old and new values), and complete it once every edit passes. A completion is told to the
 * {@link AbstractCompleted.Observer}s (the work queue) in its transaction; a completed abstract, and every later change
 * to it, is published on tumor-abstracts through the outbox.
 */
@ApplicationScoped
public class TumorAbstracts {

    private static final DateTimeFormatter NAACCR_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    // Derived by the staging algorithm, never typed in.
    private static final List<String> DERIVED_ITEMS = List.of("schemaId", "derivedSummaryStage2018");
    // serialization_failure and deadlock_detected
    private static final List<String> CONCURRENCY_STATES = List.of("40001", "40P01");
    private static final int MERGE_ATTEMPTS = 3;

    private final TumorRepository tumors;
    private final PatientRepository patients;
    private final List<AbstractCompleted.Observer> completionObservers;
    private final PatientLinker patientLinker;
    private final AuditTrail audit;
    private final AbstractEvents events;
    private final EditsEngine edits;
    private final EodStaging staging;
    private final Clock clock;

    TumorAbstracts(TumorRepository tumors, PatientRepository patients, @All List<AbstractCompleted.Observer> completionObservers,
            PatientLinker patientLinker, AuditTrail audit, AbstractEvents events, EditsEngine edits, EodStaging staging, Clock clock) {
        this.tumors = tumors;
        this.patients = patients;
        this.completionObservers = completionObservers;
        this.patientLinker = patientLinker;
        this.audit = audit;
        this.events = events;
        this.edits = edits;
        this.staging = staging;
        this.clock = clock;
    }

    /** A failed completion: the edits that must pass first. */
    public static class EditsFailing extends RuntimeException {

        public final transient List<EditFailure> failures;

        EditsFailing(List<EditFailure> failures) {
            super(failures.size() + " edit(s) fail");
            this.failures = failures;
        }
    }

    /**
     * Someone else changed the abstract at the same time, or changed an item since the registrar saw it: nothing was
     * saved, and the abstract as it stands now is for the registrar to decide again.
     */
    public static class ChangedConcurrently extends RuntimeException {

        public final transient TumorAbstract current;
        /** The items someone else changed since the registrar saw them; empty when the whole save lost a race. */
        public final transient List<String> conflictingItems;

        ChangedConcurrently(TumorAbstract current, List<String> conflictingItems) {
            super("changed by someone else", null, false, false);
            this.current = current;
            this.conflictingItems = conflictingItems;
        }
    }

    /** A save that found items changed since the registrar saw them, before anything was written. */
    private static class StaleItems extends RuntimeException {

        final transient List<String> items;

        StaleItems(List<String> items) {
            super(null, null, false, false);
            this.items = items;
        }
    }

    public Uni<TumorAbstract> read(UUID tumorId, String actor) {
        return Panache.withTransaction(() -> load(tumorId).flatMap(loaded -> audit.read(actor, loaded.patient.id, tumorId)
                .replaceWith(view(loaded))));
    }

    /** Changes items; a save that loses a race with another fails with {@link ChangedConcurrently}. */
    public Uni<TumorAbstract> change(UUID tumorId, Map<String, String> changes, String actor) {
        return change(tumorId, changes, null, actor).onFailure(TumorAbstracts::lostARace)
                .recoverWithUni(failure -> conflict(tumorId, actor, List.of()));
    }

    /**
     * Changes items the registrar edited from the values they saw ({@code seen}, by naaccrId): merged with what others
     * changed meanwhile when they changed other items (a lost race is simply tried again on the new state), refused
     * with {@link ChangedConcurrently} naming the items someone else changed to another value since.
     */
    public Uni<TumorAbstract> merge(UUID tumorId, Map<String, String> changes, Map<String, String> seen, String actor) {
        return change(tumorId, changes, seen, actor)
                .onFailure(TumorAbstracts::lostARace).retry().atMost(MERGE_ATTEMPTS - 1)
                .onFailure(TumorAbstracts::lostARace).recoverWithUni(failure -> conflict(tumorId, actor, List.of()))
                .onFailure(StaleItems.class).recoverWithUni(stale -> conflict(tumorId, actor, ((StaleItems) stale).items));
    }

    private Uni<TumorAbstract> conflict(UUID tumorId, String actor, List<String> items) {
        return read(tumorId, actor).flatMap(current -> Uni.createFrom().failure(new ChangedConcurrently(current, items)));
    }

    /** Another transaction updated the same row first (optimistic lock), or PostgreSQL gave up one of two (deadlock). */
    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof io.vertx.pgclient.PgException pg && CONCURRENCY_STATES.contains(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private Uni<TumorAbstract> change(UUID tumorId, Map<String, String> changes, Map<String, String> seen, String actor) {
        List<InvalidParam> invalid = invalidItems(changes);
        if (!invalid.isEmpty()) {
            return Uni.createFrom().failure(new InvalidParameterException(invalid));
        }
        return Panache.withTransaction(() -> load(tumorId).flatMap(loaded -> {
            List<String> stale = seen == null ? List.of() : staleItems(loaded, changes, seen);
            if (!stale.isEmpty()) {
                return Uni.createFrom().failure(new StaleItems(stale));
            }
            Map<String, Change> patientChanges = apply(loaded.patient.items, changes, ItemLevel.PATIENT);
            Map<String, Change> tumorChanges = apply(loaded.tumor.items, changes, ItemLevel.TUMOR);
            deriveStage(loaded.patient.items, loaded.tumor.items, tumorChanges);
            loaded.patient.indexItems();
            loaded.tumor.indexItems();
            Map<String, Change> all = new LinkedHashMap<>(patientChanges);
            all.putAll(tumorChanges);
            Uni<Void> reindex = patientChanges.isEmpty() ? Uni.createFrom().voidItem() : patientLinker.index(loaded.patient);
            Uni<Void> publish = loaded.tumor.status == AbstractStatus.COMPLETED && !all.isEmpty()
                    ? publish(loaded, TumorAbstractChanged.UPDATED)
                    : Uni.createFrom().voidItem();
            return reindex.flatMap(x -> audit.changed(actor, loaded.patient.id, tumorId, all))
                    .flatMap(x -> publish)
                    .flatMap(x -> Panache.getSession().flatMap(session -> session.flush()))
                    .replaceWith(() -> view(loaded));
        }));
    }

    public Uni<TumorAbstract> complete(UUID tumorId, String actor) {
        return completeOnce(tumorId, actor).onFailure(TumorAbstracts::lostARace)
                .recoverWithUni(failure -> conflict(tumorId, actor, List.of()));
    }

    private Uni<TumorAbstract> completeOnce(UUID tumorId, String actor) {
        return Panache.withTransaction(() -> load(tumorId).flatMap(loaded -> {
            Map<String, String> tumorItems = new HashMap<>(loaded.tumor.items);
            tumorItems.put("dateCaseCompleted", LocalDate.now(clock).format(NAACCR_DATE));
            List<EditFailure> failures = edits.run(new AbstractRecord(loaded.patient.items, tumorItems));
            if (!failures.isEmpty()) {
                return Uni.createFrom().failure(new EditsFailing(failures));
            }
            Map<String, Change> changes = apply(loaded.tumor.items, Map.of("dateCaseCompleted", tumorItems.get("dateCaseCompleted")),
                    ItemLevel.TUMOR);
            loaded.tumor.status = AbstractStatus.COMPLETED;
            loaded.tumor.completedAt = Instant.now(clock);
            return audit.changed(actor, loaded.patient.id, tumorId, changes)
                    .flatMap(x -> completed(new AbstractCompleted(tumorId)))
                    .flatMap(x -> publish(loaded, TumorAbstractChanged.COMPLETED))
                    .flatMap(x -> Panache.getSession().flatMap(session -> session.flush()))
                    .replaceWith(() -> view(loaded));
        }));
    }

    /** Each observer in turn, in the completion's transaction. */
    private Uni<Void> completed(AbstractCompleted completed) {
        Uni<Void> observed = Uni.createFrom().voidItem();
        for (AbstractCompleted.Observer observer : completionObservers) {
            observed = observed.flatMap(x -> observer.completed(completed));
        }
        return observed;
    }

    private record Loaded(Patient patient, Tumor tumor) {
    }

    private Uni<Loaded> load(UUID tumorId) {
        return tumors.findById(tumorId)
                .onItem().ifNull().failWith(() -> new jakarta.ws.rs.NotFoundException("No tumor " + tumorId))
                .flatMap(tumor -> patients.findById(tumor.patientId).map(patient -> new Loaded(patient, tumor)));
    }

    private Uni<Void> publish(Loaded loaded, String change) {
        return events.publish(loaded.patient, loaded.tumor, change);
    }

    private TumorAbstract view(Loaded loaded) {
        StagingResult stage = staging.stage(stagingInput(loaded.patient.items, loaded.tumor.items));
        return new TumorAbstract(loaded.tumor.id, loaded.patient.id, loaded.tumor.status, loaded.tumor.version,
                Map.copyOf(loaded.patient.items), Map.copyOf(loaded.tumor.items), Map.copyOf(loaded.tumor.suggestions),
                edits.run(new AbstractRecord(loaded.patient.items, loaded.tumor.items)),
                new TumorAbstract.Stage(stage.schemaId(), stage.derivedSummaryStage2018(), stage.errors()),
                loaded.tumor.completedAt);
    }

    private void deriveStage(Map<String, String> patientItems, Map<String, String> tumorItems, Map<String, Change> changes) {
        StagingResult stage = staging.stage(stagingInput(patientItems, tumorItems));
        Map<String, String> derived = new HashMap<>();
        derived.put("schemaId", stage.schemaId() == null ? "" : stage.schemaId());
        derived.put("derivedSummaryStage2018", stage.derivedSummaryStage2018() == null ? "" : stage.derivedSummaryStage2018());
        changes.putAll(apply(tumorItems, derived, ItemLevel.TUMOR));
    }

    private static Map<String, String> stagingInput(Map<String, String> patientItems, Map<String, String> tumorItems) {
        Map<String, String> input = new HashMap<>(patientItems);
        input.putAll(tumorItems);
        return input;
    }

    /** The changed items whose value now is neither what the registrar saw nor what they typed. */
    private static List<String> staleItems(Loaded loaded, Map<String, String> changes, Map<String, String> seen) {
        List<String> stale = new ArrayList<>();
        changes.forEach((naaccrId, value) -> {
            if (!seen.containsKey(naaccrId)) {
                return;
            }
            Map<String, String> items = NaaccrItems.get(naaccrId).level() == ItemLevel.PATIENT ? loaded.patient.items : loaded.tumor.items;
            String now = blankToEmpty(items.get(naaccrId));
            if (!now.equals(blankToEmpty(seen.get(naaccrId))) && !now.equals(blankToEmpty(value))) {
                stale.add(naaccrId);
            }
        });
        return stale;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    /** Sets the changed items of one level; a blank value removes the item. Returns what changed. */
    private static Map<String, Change> apply(Map<String, String> items, Map<String, String> changes, ItemLevel level) {
        Map<String, Change> changed = new LinkedHashMap<>();
        changes.forEach((naaccrId, value) -> {
            if (NaaccrItems.get(naaccrId).level() != level) {
                return;
            }
            String before = items.get(naaccrId);
            String after = value == null || value.isBlank() ? null : value.trim();
            if (!Objects.equals(before, after)) {
                changed.put(naaccrId, new Change(before, after));
                if (after == null) {
                    items.remove(naaccrId);
                } else {
                    items.put(naaccrId, after);
                }
            }
        });
        return changed;
    }

    private static List<InvalidParam> invalidItems(Map<String, String> changes) {
        List<InvalidParam> invalid = new ArrayList<>();
        changes.forEach((naaccrId, value) -> {
            var item = NaaccrItems.find(naaccrId);
            if (item.isEmpty()) {
                invalid.add(new InvalidParam("items." + naaccrId, "not a NAACCR v26 item this registry abstracts"));
            } else if (DERIVED_ITEMS.contains(naaccrId)) {
                invalid.add(new InvalidParam("items." + naaccrId, "derived by the staging algorithm, not entered"));
            } else if (value != null && !value.isBlank()) {
                NaaccrItems.formatProblem(naaccrId, value.trim())
                        .ifPresent(problem -> invalid.add(new InvalidParam("items." + naaccrId, problem)));
            }
        });
        return invalid;
    }
}
