package io.migcal.harness.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migcal.harness.config.MigrationSetting;
import io.migcal.harness.config.SettingValues;
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

    /** Each QMP setting axis, really set on QEMU and read back from it, on a real migration. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xbzrle=on,auto_converge=on", "multifd_channels=2",
        "postcopy=on,downtime_limit_ms=1", "max_bandwidth_bytes_per_s=33554432,xbzrle=off"})
    void settingsAxesAreSetOnARealQemuAndReadBack(String levels) throws Exception {
        java.util.Map<MigrationSetting, String> values = new java.util.HashMap<>();
        for (String level : levels.split(",")) {
            String[] kv = level.split("=");
            MigrationSetting setting = MigrationSetting.ofKey(kv[0]);
            values.put(setting, setting.canonical(kv[1]));
        }
        SettingValues settings = new SettingValues(values);
        try (RealQemuPair pair = new RealQemuPair(dir)) {
            pair.awaitMonitors();
            QmpNode a = new QmpNode("a", new UnixSocketQmpEndpoint(pair.qmpSocket("a")), "unix:/nonexistent", null);
            QmpNode b = new QmpNode("b", new UnixSocketQmpEndpoint(pair.qmpSocket("b")),
                    "unix:" + pair.migrationSocket(), null);
            QmpHypervisor qemu = new QmpHypervisor(List.of(a, b), new QmpTunables(64L << 20, null),
                    Duration.ofMillis(20), MonotonicClock.SYSTEM);

            MigrationOutcome outcome = qemu.migrate(new MigrationRequest("vm", "a", "b", Duration.ofSeconds(60), settings));

            assertThat(outcome.status()).as(outcome.error()).isEqualTo(SampleStatus.OK);
            java.util.Map<String, String> d = outcome.details();
            for (java.util.Map.Entry<MigrationSetting, String> level : values.entrySet()) {
                String inForce = switch (level.getKey()) {
                    case XBZRLE -> d.get("qemu_cap_xbzrle");
                    case AUTO_CONVERGE -> d.get("qemu_cap_auto_converge");
                    case POSTCOPY -> d.get("qemu_cap_postcopy_ram");
                    case MULTIFD_CHANNELS -> "on".equals(d.get("qemu_cap_multifd")) ? d.get("qemu_multifd_channels") : "0";
                    case DOWNTIME_LIMIT_MS -> d.get("qemu_downtime_limit_ms");
                    case MAX_BANDWIDTH_BYTES_PER_S -> d.get("qemu_max_bandwidth_bytes_per_s");
                    default -> null;
                };
                assertThat(inForce).as(level.getKey().key() + " in force on the source").isEqualTo(level.getValue());
            }
            assertThat(qemu.locate("vm")).isEqualTo("b");
        }
    }
}
