package io.migcal.harness.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.config.MigrationSetting;
import io.migcal.harness.config.SettingValues;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.model.measure.SampleStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QMP driver against scripted monitors that answer as QEMU 7.2 does. */
class QmpHypervisorTest {

    private static final String PARAMETERS = "{\"return\": {\"max-bandwidth\": 134217728, \"downtime-limit\": 300,"
            + " \"multifd-channels\": 2, \"xbzrle-cache-size\": 67108864}}";
    private static final String CAPABILITIES = "{\"return\": [{\"state\": true, \"capability\": \"xbzrle\"},"
            + " {\"state\": false, \"capability\": \"auto-converge\"}, {\"state\": true, \"capability\": \"postcopy-ram\"},"
            + " {\"state\": false, \"capability\": \"multifd\"}, {\"state\": false, \"capability\": \"events\"}]}";
    private static final String SECOND_PASS = "{\"return\": {\"status\": \"active\", \"setup-time\": 4,"
            + " \"total-time\": 2000, \"ram\": {\"total\": 1091379200, \"remaining\": 90000000, \"mbps\": 1000.0,"
            + " \"transferred\": 330000000, \"dirty-sync-count\": 2}}}";
    private static final String ACTIVE = "{\"return\": {\"expected-downtime\": 300, \"status\": \"active\","
            + " \"setup-time\": 4, \"total-time\": 1200, \"ram\": {\"total\": 1091379200, \"remaining\": 400000000,"
            + " \"mbps\": 1073.74, \"transferred\": 160000000, \"duplicate\": 150000, \"dirty-sync-count\": 1,"
            + " \"normal\": 39000, \"normal-bytes\": 159744000, \"dirty-pages-rate\": 0}}}";
    private static final String COMPLETED_WITHOUT_TIMES = "{\"return\": {\"status\": \"completed\","
            + " \"setup-time\": 0, \"downtime\": 0, \"total-time\": 0, \"ram\": {\"total\": 1091379200,"
            + " \"remaining\": 0, \"mbps\": 0, \"transferred\": 310000000, \"duplicate\": 190000,"
            + " \"dirty-sync-count\": 3, \"normal\": 75000, \"normal-bytes\": 307200000}}}";
    private static final String COMPLETED = "{\"return\": {\"status\": \"completed\", \"setup-time\": 4,"
            + " \"downtime\": 41, \"total-time\": 2345, \"ram\": {\"total\": 1091379200, \"remaining\": 0,"
            + " \"mbps\": 1112.5, \"transferred\": 310123456, \"duplicate\": 190123, \"dirty-sync-count\": 3,"
            + " \"normal\": 75432, \"normal-bytes\": 308969472}}}";

    @TempDir
    Path dir;

    private ScriptedQmpServer source;
    private ScriptedQmpServer target;
    private final AtomicInteger launches = new AtomicInteger();

    @BeforeEach
    void monitors() throws Exception {
        source = new ScriptedQmpServer(dir, "a");
        target = new ScriptedQmpServer(dir, "b");
        source.on("query-migrate-parameters", PARAMETERS).on("migrate-set-parameters", "{\"return\": {}}")
                .on("migrate", "{\"return\": {}}").on("quit", "{\"return\": {}}")
                .on("migrate_cancel", "{\"return\": {}}").on("query-migrate-capabilities", CAPABILITIES)
                .on("migrate-set-capabilities", "{\"return\": {}}").on("migrate-start-postcopy", "{\"return\": {}}");
        target.on("migrate-set-capabilities", "{\"return\": {}}").on("migrate-set-parameters", "{\"return\": {}}");
    }

    @AfterEach
    void close() throws Exception {
        source.close();
        target.close();
    }

    @Test
    void completedWithZeroTotalTimeIsQueriedAgainForQemusOwnTimes() throws Exception {
        target.on("query-status", status("inmigrate"), status("running"));
        source.on("query-migrate", ACTIVE, COMPLETED_WITHOUT_TIMES, COMPLETED);

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS).migrate(request());

        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        assertThat(outcome.taskDurationS()).isEqualTo(2.345);
        assertThat(outcome.migrationPhaseS()).isEqualTo(2.341);
        assertThat(outcome.downtimeMs()).isEqualTo(41.0);
        assertThat(outcome.transferredBytes()).isEqualTo(310_123_456L);
        assertThat(outcome.details()).containsEntry("qemu_completed_requeries", "1")
                .containsEntry("qemu_ram_normal_pages", "75432").containsEntry("qemu_ram_duplicate_pages", "190123")
                .containsEntry("qemu_ram_dirty_sync_count", "3").containsEntry("qemu_ram_mbps", "1112.500")
                .containsEntry("qemu_version", "7.2.22");
        assertThat(outcome.progress()).hasSize(2);
        assertThat(outcome.progress().get(0).remainingBytes()).isEqualTo(400_000_000L);
        assertThat(outcome.progress().get(0).rateBytesPerS()).isEqualTo(1073.74e6 / 8);
        assertThat(launches).hasValue(1);
        assertThat(source.commands()).endsWith("query-migrate", "query-migrate", "query-migrate", "quit");
    }

    @Test
    void tunablesFromTheConfigAreSetBeforeTheMigrateCommandAndReadBack() throws Exception {
        target.on("query-status", status("inmigrate"), status("running"));
        source.on("query-migrate", COMPLETED);

        MigrationOutcome outcome = hypervisor(new QmpTunables(10_737_418_240L, 500L)).migrate(request());

        List<String> commands = source.commands();
        assertThat(commands.indexOf("migrate-set-parameters")).isLessThan(commands.indexOf("migrate"));
        var set = source.requests().get(commands.indexOf("migrate-set-parameters")).path("arguments");
        assertThat(set.path("max-bandwidth").asLong()).isEqualTo(10_737_418_240L);
        assertThat(set.path("downtime-limit").asLong()).isEqualTo(500L);
        assertThat(source.requests().get(commands.indexOf("migrate")).path("arguments").path("uri").asText())
                .isEqualTo("tcp:10.77.0.2:4444");
        assertThat(outcome.details()).containsEntry("qemu_max_bandwidth_bytes_per_s", "134217728")
                .containsEntry("qemu_downtime_limit_ms", "300");
    }

    @Test
    void sampleSettingsSetCapabilitiesOnBothEndsParametersOnTheSourceAndStartPostcopyAfterTheFirstPass()
            throws Exception {
        target.on("query-status", status("inmigrate"), status("running"));
        source.on("query-migrate", ACTIVE, SECOND_PASS, COMPLETED);
        SettingValues settings = new SettingValues(Map.of(MigrationSetting.XBZRLE, "on",
                MigrationSetting.POSTCOPY, "on", MigrationSetting.MULTIFD_CHANNELS, "4",
                MigrationSetting.MAX_BANDWIDTH_BYTES_PER_S, "1073741824"));

        MigrationOutcome outcome = hypervisor(new QmpTunables(134217728L, 500L))
                .migrate(new MigrationRequest("guest", "a", "b", Duration.ofMinutes(2), settings));

        List<String> commands = source.commands();
        assertThat(commands).containsSubsequence("migrate-set-capabilities", "migrate-set-parameters",
                "query-migrate-parameters", "query-migrate-capabilities", "migrate", "query-migrate", "query-migrate",
                "migrate-start-postcopy", "query-migrate");
        var caps = source.requests().get(commands.indexOf("migrate-set-capabilities")).path("arguments")
                .path("capabilities");
        assertThat(caps.toString()).contains("{\"capability\":\"xbzrle\",\"state\":true}")
                .contains("{\"capability\":\"postcopy-ram\",\"state\":true}")
                .contains("{\"capability\":\"multifd\",\"state\":true}");
        var set = source.requests().get(commands.indexOf("migrate-set-parameters")).path("arguments");
        assertThat(set.path("max-bandwidth").asLong()).as("the sample's level overrides the fixed tunable")
                .isEqualTo(1_073_741_824L);
        assertThat(set.path("downtime-limit").asLong()).isEqualTo(500L);
        assertThat(set.path("multifd-channels").asLong()).isEqualTo(4L);
        assertThat(target.commands()).contains("migrate-set-capabilities", "migrate-set-parameters");
        assertThat(target.requests().get(target.commands().indexOf("migrate-set-capabilities")).toString())
                .contains("postcopy-ram").contains("multifd").doesNotContain("xbzrle");
        assertThat(outcome.details()).containsEntry("qemu_cap_xbzrle", "on").containsEntry("qemu_cap_multifd", "off")
                .containsEntry("qemu_cap_postcopy_ram", "on").containsKey("qemu_postcopy_started_s")
                .doesNotContainKey("qemu_cap_events");
        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
    }

    @Test
    void withoutSettingsNoCapabilityIsTouchedAndNoPostcopyStarted() throws Exception {
        target.on("query-status", status("inmigrate"), status("running"));
        source.on("query-migrate", ACTIVE, SECOND_PASS, COMPLETED);

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS).migrate(request());

        assertThat(source.commands()).doesNotContain("migrate-set-capabilities", "migrate-set-parameters",
                "migrate-start-postcopy");
        assertThat(target.commands()).doesNotContain("migrate-set-capabilities");
        assertThat(outcome.details()).containsEntry("qemu_cap_xbzrle", "on").doesNotContainKey("qemu_postcopy_started_s");
    }

    @Test
    void failedMigrationIsAnOutcomeWithQemusErrorTextAndTheSourceKeepsRunning() throws Exception {
        target.on("query-status", status("inmigrate"));
        source.on("query-migrate", "{\"return\": {\"status\": \"failed\", \"error-desc\": \"Unable to write to socket:"
                + " Connection reset by peer\"}}");

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS).migrate(request());

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.stage()).isEqualTo("migrate");
        assertThat(outcome.error()).contains("Connection reset by peer");
        assertThat(source.commands()).doesNotContain("quit");
    }

    @Test
    void migrationStillActiveAtTheTimeoutIsCancelled() throws Exception {
        target.on("query-status", status("inmigrate"));
        source.on("query-migrate", ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE,
                ACTIVE, ACTIVE, "{\"return\": {\"status\": \"cancelled\"}}");

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS)
                .migrate(new MigrationRequest("guest", "a", "b", Duration.ofSeconds(1)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.TIMEOUT);
        assertThat(outcome.error()).contains("cancelled");
        assertThat(source.commands()).contains("migrate_cancel").doesNotContain("quit");
    }

    @Test
    void aMigrationThatDoesNotConvergeIsATimeoutRowCarryingTheDirtyRateQemuMeasured() throws Exception {
        String dirtying = ACTIVE.replace("\"dirty-pages-rate\": 0", "\"dirty-pages-rate\": 12288, \"page-size\": 4096");
        String nextPeriod = ACTIVE.replace("\"dirty-pages-rate\": 0", "\"dirty-pages-rate\": 12800, \"page-size\": 4096");
        target.on("query-status", status("inmigrate"));
        source.on("query-migrate", ACTIVE, dirtying, dirtying, dirtying, dirtying, nextPeriod, nextPeriod, nextPeriod,
                nextPeriod, nextPeriod, nextPeriod, nextPeriod, "{\"return\": {\"status\": \"cancelled\"}}");

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS)
                .migrate(new MigrationRequest("guest", "a", "b", Duration.ofSeconds(1)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.TIMEOUT);
        assertThat(outcome.details()).as("the latest period QEMU measured while active, in bytes/s")
                .containsEntry(MigrationOutcome.MEASURED_DIRTY_RATE, Long.toString(12800L * 4096));
    }

    @Test
    void noDirtyRateIsRecordedWhileQemuHasNotMeasuredOne() throws Exception {
        target.on("query-status", status("inmigrate"), status("running"));
        source.on("query-migrate", ACTIVE, COMPLETED);

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS).migrate(request());

        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        assertThat(outcome.details()).doesNotContainKey(MigrationOutcome.MEASURED_DIRTY_RATE);
    }

    @Test
    void targetThatNeverWaitsForTheStreamFailsAtStartIncoming() throws Exception {
        target.on("query-status", status("running"));

        MigrationOutcome outcome = hypervisor(QmpTunables.QEMU_DEFAULTS).migrate(request());

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.stage()).isEqualTo("start-incoming");
        assertThat(outcome.error()).contains("not waiting for a migration").contains("running");
        assertThat(source.commands()).doesNotContain("migrate");
    }

    @Test
    void locateFindsTheNodeWhoseQemuRunsTheGuest() throws Exception {
        source.on("query-status", status("postmigrate"));
        target.on("query-status", status("running"));

        assertThat(hypervisor(QmpTunables.QEMU_DEFAULTS).locate("guest")).isEqualTo("b");
    }

    private QmpHypervisor hypervisor(QmpTunables tunables) {
        QmpNode a = new QmpNode("a", source.endpoint(), "tcp:10.77.0.1:4444", null);
        QmpNode b = new QmpNode("b", target.endpoint(), "tcp:10.77.0.2:4444", launches::incrementAndGet);
        return new QmpHypervisor(List.of(a, b), tunables, Duration.ofMillis(100), new SteppingClock());
    }

    private static MigrationRequest request() {
        return new MigrationRequest("guest", "a", "b", Duration.ofMinutes(2));
    }

    private static String status(String status) {
        return "{\"return\": {\"status\": \"" + status + "\", \"singlestep\": false, \"running\": "
                + status.equals("running") + "}}";
    }
}
