package org.cancerregistry.followup.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** Open follow-ups due on or before a date (never-contacted ones included), filtered and sorted. */
    public Uni<List<FollowUp>> dueThrough(LocalDate through, WorkListFilter filter, Page page) {
        Parameters parameters = filter.parameters().and("closed", FollowUpStatus.CLOSED).and("through", through);
        return find("status <> :closed and (nextDueDate is null or nextDueDate <= :through)" + filter.query(), filter.sort(),
                parameters).page(page).list();
    }

    public Uni<List<FollowUp>> delinquent(WorkListFilter filter, Page page) {
        return find("status = :delinquent" + filter.query(), filter.sort(),
                filter.parameters().and("delinquent", FollowUpStatus.DELINQUENT)).page(page).list();
    }

    /** Every followed patient as the CoC rate counts them. */
    /** A filter and sort order of a due or delinquent list. */
    public record WorkListFilter(String physician, String facility, String sortBy) {

        Parameters parameters() {
            Parameters parameters = new Parameters();
            if (physician != null) {
                parameters.and("physician", physician);
            }
            if (facility != null) {
                parameters.and("facility", facility);
            }
            return parameters;
        }

        String query() {
            return (physician != null ? " and physician = :physician" : "") + (facility != null ? " and reportingFacility = :facility" : "");
        }

        Sort sort() {
            return switch (sortBy == null ? "dueDate" : sortBy) {
                case "name" -> Sort.ascending("nameLast", "nameFirst", "patientId");
                case "-dueDate" -> Sort.descending("nextDueDate").and("patientId");
                default -> Sort.ascending("nextDueDate").and("patientId");
            };
        }
    }
}
