package org.cancerregistry.followup.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.cancerregistry.followup.event.FollowUpRecorded;
import org.cancerregistry.followup.outbox.Outbox;
import org.cancerregistry.followup.problem.InvalidParameterException;
import org.cancerregistry.followup.problem.Problem.InvalidParam;
import org.cancerregistry.followup.schedule.FollowUp;
import org.cancerregistry.followup.schedule.FollowUpRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Records follow-up contacts. A result moves the patient's last contact forward (never back), sets
 * the vital status, reschedules the patient and publishes FollowUpRecorded through the outbox, in one
 * transaction.
 */
@ApplicationScoped
@WithSession
public class FollowUpContacts implements PanacheRepositoryBase<FollowUpContact, UUID> {

    private static final DateTimeFormatter NAACCR_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<String, String> VITAL_STATUS = Map.of("ALIVE", "1", "DEAD", "0");
    private static final Map<String, String> CANCER_STATUS = Map.of("NO_EVIDENCE", "1", "EVIDENCE", "2", "UNKNOWN", "9");

    private final FollowUpRepository followUps;
    private final Outbox outbox;
    private final Clock clock;

    FollowUpContacts(FollowUpRepository followUps, Outbox outbox, Clock clock) {
        this.followUps = followUps;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<FollowUpContact> record(UUID patientId, ContactRecord contact, String registrar) {
        List<InvalidParam> invalid = check(contact);
        if (!invalid.isEmpty()) {
            return Uni.createFrom().failure(new InvalidParameterException(invalid));
        }
        return Panache.withTransaction(() -> followUps.findById(patientId)
                .onItem().ifNull().failWith(() -> new NotFoundException("No followed patient " + patientId))
                .flatMap(followUp -> persist(contactOf(patientId, contact, registrar))
                        .flatMap(stored -> contact.outcome() == ContactOutcome.RESULT
                                ? applyResult(followUp, stored).replaceWith(stored)
                                : Uni.createFrom().item(stored))));
    }

    private Uni<?> applyResult(FollowUp followUp, FollowUpContact contact) {
        boolean dead = "0".equals(contact.vitalStatus);
        LocalDate lastContact = dead && contact.dateOfDeath != null ? contact.dateOfDeath : contact.contactDate;
        String naaccrDate = lastContact.format(NAACCR_DATE);
        if (followUp.lastContact == null || lastContact.isAfter(followUp.lastContact)) {
            followUp.dateOfLastContact = naaccrDate;
        }
        followUp.vitalStatus = contact.vitalStatus;
        followUp.reschedule(LocalDate.now(clock));
        FollowUpRecorded event = new FollowUpRecorded(UUID.randomUUID(), Instant.now(clock), FollowUpRecorded.SCHEMA_VERSION,
                followUp.patientId, contact.contactDate.format(NAACCR_DATE), contact.source.name(), contact.vitalStatus,
                contact.cancerStatus, contact.dateOfDeath == null ? null : contact.dateOfDeath.format(NAACCR_DATE));
        return outbox.add(FollowUpRecorded.TOPIC, followUp.patientId.toString(), event.eventId(), event.occurredAt(), event);
    }

    private static FollowUpContact contactOf(UUID patientId, ContactRecord record, String registrar) {
        FollowUpContact contact = new FollowUpContact();
        contact.id = UUID.randomUUID();
        contact.patientId = patientId;
        contact.contactDate = record.contactDate();
        contact.source = record.source();
        contact.outcome = record.outcome();
        contact.vitalStatus = record.vitalStatus() == null ? null : VITAL_STATUS.get(record.vitalStatus());
        contact.cancerStatus = record.cancerStatus() == null ? null : CANCER_STATUS.get(record.cancerStatus());
        contact.dateOfDeath = record.dateOfDeath();
        contact.recordedBy = registrar;
        contact.recordedAt = Instant.now();
        return contact;
    }

    private static List<InvalidParam> check(ContactRecord contact) {
        List<InvalidParam> invalid = new ArrayList<>();
        if (contact.outcome() == ContactOutcome.RESULT && contact.vitalStatus() == null) {
            invalid.add(new InvalidParam("vitalStatus", "a result gives the vital status: ALIVE or DEAD"));
        }
        if ("DEAD".equals(contact.vitalStatus()) && contact.dateOfDeath() == null) {
            invalid.add(new InvalidParam("dateOfDeath", "a patient who died has a date of death"));
        }
        if (!"DEAD".equals(contact.vitalStatus()) && contact.dateOfDeath() != null) {
            invalid.add(new InvalidParam("dateOfDeath", "only a patient who died has a date of death"));
        }
        if (contact.outcome() != ContactOutcome.RESULT && (contact.vitalStatus() != null || contact.cancerStatus() != null)) {
            invalid.add(new InvalidParam("outcome", "vital and cancer status come with a RESULT only"));
        }
        return invalid;
    }
}
