package org.cancerregistry.intake.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Only a real outage of the database may be answered "try again later": the failures here are the real ones of
 * the PostgreSQL that the tests run against, and of a database that is not there.
 */
@QuarkusTest
class OutagesTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Inject
    Vertx vertx;

    @Inject
    io.vertx.mutiny.sqlclient.Pool database;

    @Test
    void shouldTellARefusedConnectionAnOutage() {
        Pool absent = Pool.pool(vertx, new PgConnectOptions().setHost("127.0.0.1").setPort(1).setDatabase("intake")
                .setUser("intake").setPassword("intake-local").setConnectTimeout(2_000), new PoolOptions().setMaxSize(1));
        try {
            Throwable failure = failureOf(io.vertx.mutiny.sqlclient.Pool.newInstance(absent).query("SELECT 1").execute());
            assertThat(Outages.isOutage(failure)).as(failure.toString()).isTrue();
        } finally {
            absent.close();
        }
    }

    @Test
    void shouldTellAConnectionTheServerEndedAnOutage() {
        Throwable failure = failureOf(database.query("SELECT pg_terminate_backend(pg_backend_pid())").execute());

        assertThat(Outages.isOutage(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void shouldTellAnErrorInTheDataNoOutage() {
        Throwable failure = failureOf(database.query("SELECT 1 / 0").execute());
        assertThat(Outages.isOutage(failure)).as(failure.toString()).isFalse();

        Throwable nul = failureOf(database.preparedQuery("SELECT $1::text").execute(io.vertx.mutiny.sqlclient.Tuple.of("a\u0000b")));
        assertThat(Outages.isOutage(nul)).as(nul.toString()).isFalse();
    }

    private static Throwable failureOf(io.smallrye.mutiny.Uni<?> query) {
        return query.map(result -> (Throwable) null).onFailure().recoverWithItem(failure -> failure).await().atMost(WITHIN);
    }
}
