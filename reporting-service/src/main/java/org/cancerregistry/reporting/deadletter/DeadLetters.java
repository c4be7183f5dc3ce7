package org.cancerregistry.reporting.deadletter;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class DeadLetters implements PanacheRepositoryBase<DeadLetter, Long> {

    /** Keeps a dead-letter record once, whatever how often its topic is read; true when it was new. */
    Uni<Boolean> keep(DeadLetter letter) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO dead_letter (topic, kafka_partition, kafka_offset, source_topic, source_partition, source_offset,
                    event_key, payload, reason, first_seen_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now())
                ON CONFLICT (topic, kafka_partition, kafka_offset) DO NOTHING""")
                .setParameter(1, letter.topic)
                .setParameter(2, letter.partition)
                .setParameter(3, letter.offset)
                .setParameter(4, letter.sourceTopic)
                .setParameter(5, letter.sourcePartition)
                .setParameter(6, letter.sourceOffset)
                .setParameter(7, letter.key)
                .setParameter(8, letter.payload)
                .setParameter(9, letter.reason)
                .executeUpdate())
                .map(inserted -> inserted == 1));
    }

    /** Newest first. */
    public Uni<List<DeadLetter>> newestFirst(Page page) {
        return findAll(Sort.descending("firstSeenAt").and("id", Sort.Direction.Descending)).page(page).list();
    }
}
