package io.followupbot.delivery;

import io.followupbot.store.Database;
import io.followupbot.testkit.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The delivery contract on a real PostgreSQL (one embedded server per class, a fresh database per test). */
@DisplayName("Delivery on PostgreSQL")
class PostgresDispatcherTest extends AbstractDispatcherTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Override
    Database openDatabase() {
        return TestDatabases.openPostgres(server);
    }

    @Override
    int instances() {
        return 2;
    }
}
