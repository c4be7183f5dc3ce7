package org.cancerregistry.followup.schedule;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a due list. */
public record DueFollowUp(UUID patientId, LocalDate lastContactDate, LocalDate nextDueDate, FollowUpStatus status) {

    static DueFollowUp of(FollowUp followUp) {
        return new DueFollowUp(followUp.patientId, followUp.lastContactDate, followUp.nextDueDate, followUp.status);
    }
}
