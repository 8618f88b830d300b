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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real pre-copy migration between two QEMU processes on this machine, driven through QMP. */
class QmpHypervisorRealQemuTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsQemu() {
        assumeTrue(RealQemuPair.binary().isPresent(),
                "skipped: qemu-system-x86_64 is not on PATH (apt-get install qemu-system-x86; .ci/run installs it)");
    }

    @Test
    void migratesARealQemuAndReportsQemusOwnCounters() throws Exception {
        try (RealQemuPair pair = new RealQemuPair(dir)) {
            pair.awaitMonitors();
            QmpNode a = new QmpNode("a", new UnixSocketQmpEndpoint(pair.qmpSocket("a")), "unix:/nonexistent", null);
            QmpNode b = new QmpNode("b", new UnixSocketQmpEndpoint(pair.qmpSocket("b")),
                    "unix:" + pair.migrationSocket(), null);
            QmpHypervisor qemu = new QmpHypervisor(List.of(a, b), new QmpTunables(64L << 20, 100L),
                    Duration.ofMillis(20), MonotonicClock.SYSTEM);

            assertThat(qemu.describe()).startsWith("qemu ");
            assertThat(qemu.locate("vm")).isEqualTo("a");
            MigrationOutcome outcome = qemu.migrate(new MigrationRequest("vm", "a", "b", Duration.ofSeconds(60)));

            assertThat(outcome.status()).as(outcome.error()).isEqualTo(SampleStatus.OK);
            assertThat(outcome.taskDurationS()).isPositive();
            assertThat(outcome.transferredBytes()).isPositive();
            assertThat(Long.parseLong(outcome.details().get("qemu_ram_total_bytes"))).isGreaterThanOrEqualTo(64L << 20);
            assertThat(Long.parseLong(outcome.details().get("qemu_ram_duplicate_pages"))).isPositive();
            assertThat(outcome.details()).containsEntry("qemu_max_bandwidth_bytes_per_s", Long.toString(64L << 20))
                    .containsEntry("qemu_downtime_limit_ms", "100");
            assertThat(outcome.progress()).isNotEmpty();
            assertThat(qemu.locate("vm")).isEqualTo("b");
            assertThat(pair.source.waitFor(10, TimeUnit.SECONDS)).as("source QEMU quit after the migration").isTrue();
        }
    }
}
