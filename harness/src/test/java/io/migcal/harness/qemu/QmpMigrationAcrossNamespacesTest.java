package io.migcal.harness.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.measure.SampleStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real migration over TCP from one network namespace to another, as the local lab runs it. */
class QmpMigrationAcrossNamespacesTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsRootAndQemu() {
        String why = TestNamespaces.whyNot();
        assumeTrue(why == null, why);
    }

    @Test
    void migrationStreamCrossesFromHostAToHostBOverTcp() throws Exception {
        try (TestNamespaces namespaces = new TestNamespaces();
                RealQemuPair pair = new RealQemuPair(dir, TestNamespaces.exec(TestNamespaces.A),
                        TestNamespaces.exec(TestNamespaces.B), "tcp:" + TestNamespaces.ADDRESS_B + ":4444")) {
            pair.awaitMonitors();
            String uri = "tcp:" + TestNamespaces.ADDRESS_B + ":4444";
            QmpHypervisor qemu = new QmpHypervisor(List.of(
                    new QmpNode("a", new UnixSocketQmpEndpoint(pair.qmpSocket("a")), "tcp:10.199.0.1:4444", null),
                    new QmpNode("b", new UnixSocketQmpEndpoint(pair.qmpSocket("b")), uri, null)),
                    QmpTunables.QEMU_DEFAULTS, Duration.ofMillis(20), MonotonicClock.SYSTEM);

            MigrationOutcome outcome = qemu.migrate(new MigrationRequest("vm", "a", "b", Duration.ofSeconds(60)));

            assertThat(outcome.status()).as(outcome.error()).isEqualTo(SampleStatus.OK);
            assertThat(outcome.details()).containsEntry("migration_uri", uri)
                    .containsEntry("qemu_max_bandwidth_bytes_per_s", Long.toString(128L << 20));
            assertThat(outcome.transferredBytes()).isPositive();
            assertThat(qemu.locate("vm")).isEqualTo("b");
        }
        assertThat(TestNamespaces.exists(TestNamespaces.A)).as("namespace removed").isFalse();
    }
}
