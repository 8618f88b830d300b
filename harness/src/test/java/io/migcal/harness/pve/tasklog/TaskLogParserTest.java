package io.migcal.harness.pve.tasklog;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.pve.Fixtures;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLogParserTest {

    @Test
    void oldFormatLogFromPve5GivesExactBytesAndSetupFacts() {
        MigrationTimeline t = TaskLogParser.parse(Fixtures.lines("qmigrate-pve5-success.log"));

        assertThat(t.format()).isEqualTo(MigrationTimeline.LogFormat.RAW_BYTES_BEFORE_6_4);
        assertThat(t.startedAt()).isEqualTo(LocalDateTime.of(2019, 3, 14, 10, 15, 1));
        assertThat(t.migrationType()).isEqualTo(MigrationType.SECURE);
        assertThat(t.speedLimitBytesPerS()).isEqualTo(8_589_934_592L);
        assertThat(t.downtimeLimitMs()).isEqualTo(100.0);
        assertThat(t.finalDowntimeLimitMs()).isEqualTo(200.0);
        assertThat(t.cacheSizeBytes()).isEqualTo(268_435_456L);
        assertThat(t.migrateCommandAt()).isEqualTo(LocalDateTime.of(2019, 3, 14, 10, 15, 4));
        assertThat(t.progress()).hasSize(5);
        assertThat(t.progress().get(0)).isEqualTo(new LogProgress(LocalDateTime.of(2019, 3, 14, 10, 15, 5),
                133_567_908L, 930_062_336L, 1_082_789_888L, null));
        assertThat(t.progress().get(4).transferredBytes()).isEqualTo(1_063_419_200L);
        assertThat(t.downtimeMs()).isEqualTo(54L);
        assertThat(t.completedAt()).isEqualTo(LocalDateTime.of(2019, 3, 14, 10, 15, 13));
        assertThat(t.migrationPhaseS()).isEqualTo(8L);
        assertThat(t.finishedSuccessfully()).isTrue();
        assertThat(t.durationS()).isEqualTo(15L);
        assertThat(t.transferredBytes()).isEqualTo(1_063_419_200L);
        assertThat(t.errors()).isEmpty();
        assertThat(t.taskEnd()).isEqualTo(new TaskEnd(TaskEnd.Kind.OK, "OK"));
    }

    @Test
    void newFormatLogFromPve8GivesRenderedSizesRatesAndInsecureTunnel() {
        MigrationTimeline t = TaskLogParser.parse(Fixtures.lines("qmigrate-pve8-success.log"));

        assertThat(t.format()).isEqualTo(MigrationTimeline.LogFormat.RENDERED_SINCE_6_4);
        assertThat(t.startedAt()).isEqualTo(LocalDateTime.of(2024, 6, 3, 14, 2, 10));
        assertThat(t.migrationType()).isEqualTo(MigrationType.INSECURE);
        assertThat(t.speedLimitBytesPerS()).isEqualTo(600L * 1024 * 1024);
        assertThat(t.downtimeLimitMs()).isEqualTo(100.0);
        assertThat(t.finalDowntimeLimitMs()).isEqualTo(200.0);
        assertThat(t.cacheSizeBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(t.progress()).hasSize(5);
        // 515.4 MiB = 540436070.4 B, 4.0 GiB = 4294967296 B, 428.3 MiB/s = 449105100.8 B/s
        assertThat(t.progress().get(0)).isEqualTo(new LogProgress(LocalDateTime.of(2024, 6, 3, 14, 2, 14),
                540_436_070L, 3_754_531_226L, 4_294_967_296L, 449_105_101.0));
        // the line with the "VM dirties lots of memory" suffix still counts: 2.3 GiB = 2469606195.2 B at 598.7 MiB/s = 627782451.2 B/s
        assertThat(t.progress().get(3).transferredBytes()).isEqualTo(2_469_606_195L);
        assertThat(t.progress().get(3).rateBytesPerS()).isEqualTo(627_782_451.0);
        assertThat(t.downtimeMs()).isEqualTo(41L);
        assertThat(t.completedAt()).isEqualTo(LocalDateTime.of(2024, 6, 3, 14, 2, 20));
        assertThat(t.migrationPhaseS()).isEqualTo(6L);
        assertThat(t.durationS()).isEqualTo(12L);
        // "migration completed, transferred 4.1 GiB" = 4402341478.4 B
        assertThat(t.transferredBytes()).isEqualTo(4_402_341_478L);
        assertThat(t.taskEnd().succeeded()).isTrue();
    }

    @Test
    void abortedMigrationKeepsErrorLinesAndTaskError() {
        MigrationTimeline t = TaskLogParser.parse(Fixtures.lines("qmigrate-aborted.log"));

        assertThat(t.progress()).isEmpty();
        assertThat(t.finishedSuccessfully()).isFalse();
        assertThat(t.durationS()).isEqualTo(0L);
        assertThat(t.errors()).containsExactly(
                "Problem found while scanning volumes - can't migrate VM - check log",
                "migration aborted (duration 00:00:00): Problem found while scanning volumes - can't migrate VM - check log");
        assertThat(t.taskEnd()).isEqualTo(new TaskEnd(TaskEnd.Kind.ERROR, "migration aborted"));
        assertThat(t.migrationPhaseS()).isNull();
    }

    @Test
    void migrationWithProblemsHasNoCompletionButItsDuration() {
        MigrationTimeline t = TaskLogParser.parse(Fixtures.lines("qmigrate-problems.log"));

        assertThat(t.progress()).hasSize(1);
        assertThat(t.completedAt()).isNull();
        assertThat(t.downtimeMs()).isNull();
        assertThat(t.durationS()).isEqualTo(7L);
        assertThat(t.errors()).containsExactly("online migrate failure - aborting",
                "migration finished with problems (duration 00:00:07)");
        assertThat(t.taskEnd()).isEqualTo(new TaskEnd(TaskEnd.Kind.ERROR, "migration problems"));
    }

    @Test
    void haStartedTaskIsMarkedAndWarningsCountAsSuccess() {
        List<String> lines = new java.util.ArrayList<>(Fixtures.lines("qmigrate-ha.log"));
        lines.set(lines.size() - 1, "TASK WARNINGS: 2");

        MigrationTimeline t = TaskLogParser.parse(lines);

        assertThat(t.startedByHa()).isTrue();
        assertThat(t.taskEnd()).isEqualTo(new TaskEnd(TaskEnd.Kind.WARNINGS, "WARNINGS: 2"));
        assertThat(t.taskEnd().succeeded()).isTrue();
    }

    @Test
    void pre2017LocaleTimestampsAndLocalhostTunnelAreUnderstood() {
        MigrationTimeline t = TaskLogParser.parse(List.of(
                "Nov 24 12:26:41 starting migration of VM 100 to node 'pve2' (10.0.0.2)",
                "Nov 24 12:26:43 starting online/live migration on localhost:60000",
                "Nov 24 12:26:44 migration status: active (transferred 1000, remaining 3000), total 5000)",
                "Nov 24 12:26:47 migration speed: 2.00 MB/s - downtime 7 ms",
                "Nov 24 12:26:47 migration status: completed",
                "Nov 24 12:26:48 migration finished successfuly (duration 00:00:07)"));

        assertThat(t.migrationType()).isEqualTo(MigrationType.SECURE);
        assertThat(t.migrationPhaseS()).isEqualTo(3L);
        assertThat(t.downtimeMs()).isEqualTo(7L);
        assertThat(t.durationS()).isEqualTo(7L);
        assertThat(t.taskEnd()).isNull();
    }

    @Test
    void pve62SetupLinesWithByteUnitsAndOldProgressAreRead() {
        MigrationTimeline t = TaskLogParser.parse(List.of(
                "2020-11-02 08:00:00 starting migration of VM 100 to node 'pve2' (10.0.0.2)",
                "2020-11-02 08:00:03 starting online/live migration on unix:/run/qemu-server/100.migrate",
                "2020-11-02 08:00:03 set migration_caps",
                "2020-11-02 08:00:03 migration speed limit: 8589934592 B/s",
                "2020-11-02 08:00:03 migration downtime limit: 100 ms",
                "2020-11-02 08:00:03 migration cachesize: 268435456 B",
                "2020-11-02 08:00:03 set migration parameters",
                "2020-11-02 08:00:04 migration status: active (transferred 100, remaining 900), total 1000)",
                "2020-11-02 08:00:05 auto-increased downtime to continue migration: 200 ms",
                "2020-11-02 08:00:06 migration speed: 512.00 MB/s - downtime 12 ms",
                "2020-11-02 08:00:06 migration status: completed",
                "2020-11-02 08:00:08 migration finished successfully (duration 00:00:08)",
                "TASK OK"));

        assertThat(t.format()).isEqualTo(MigrationTimeline.LogFormat.RAW_BYTES_BEFORE_6_4);
        assertThat(t.speedLimitBytesPerS()).isEqualTo(8_589_934_592L);
        assertThat(t.cacheSizeBytes()).isEqualTo(268_435_456L);
        assertThat(t.downtimeLimitMs()).isEqualTo(100.0);
        assertThat(t.finalDowntimeLimitMs()).isEqualTo(200.0);
        assertThat(t.migrationPhaseS()).isEqualTo(2L);
        assertThat(t.downtimeMs()).isEqualTo(12L);
    }

    @Test
    void qemu10DeviceStatusAndVfioSuffixStillCountAsProgress() {
        MigrationTimeline t = TaskLogParser.parse(List.of(
                "2025-08-01 10:00:00 conntrack state migration not supported or disabled, active connections might get dropped",
                "2025-08-01 10:00:01 starting migration of VM 300 to node 'pve2' (10.0.0.2)",
                "2025-08-01 10:00:03 migration in status 'setup' - waiting for transition",
                "2025-08-01 10:00:04 migration active, transferred 1.0 GiB of 8.0 GiB VM-state (+ 12.0 MiB VFIO-state), 1.1 GiB/s",
                "2025-08-01 10:00:09 migration device, transferred 8.0 GiB of 8.0 GiB VM-state, 1.2 GiB/s"));

        assertThat(t.progress()).extracting(LogProgress::transferredBytes).containsExactly(1L << 30, 8L << 30);
        assertThat(t.progress().get(1).remainingBytes()).isEqualTo(0L);
        // 1.1 GiB/s = 1181116006.4 B/s
        assertThat(t.progress().get(0).rateBytesPerS()).isEqualTo(1_181_116_006.0);
    }
}
