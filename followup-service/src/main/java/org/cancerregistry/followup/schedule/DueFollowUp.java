package org.cancerregistry.followup.schedule;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a due or delinquent list: who, last contact, when due, where to ask. */
public record DueFollowUp(UUID patientId, String nameLast, String nameFirst, String dateOfBirth, LocalDate lastContact,
        LocalDate nextDueDate, LocalDate delinquentFrom, FollowUpStatus status, String reportingFacility, String physician) {

    static DueFollowUp of(FollowUp followUp) {
        return new DueFollowUp(followUp.patientId, followUp.nameLast, followUp.nameFirst, followUp.dateOfBirth,
                followUp.lastContact, followUp.nextDueDate, followUp.delinquentFrom, followUp.status,
                followUp.reportingFacility, followUp.physician);
    }
}
