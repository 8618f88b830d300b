package io.migcal.harness.pve;

import io.migcal.harness.config.TlsTrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.model.measure.SampleStatus;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PveHypervisorTest {
    private static final Upid QMIGRATE = Upid.parse("UPID:pve1:0006C7D9:0029F72D:665DCD12:qmigrate:110:migcal@pve!harness:");
    private static final MigrationRequest REQUEST = new MigrationRequest("110", "pve1", "pve2", Duration.ofMinutes(5));

    private final PveLab lab = new PveLab();

    PveHypervisorTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private void scriptMigration(Upid upid, String fixture, int polls, String exit) {
        lab.node.tasks.put(upid.text(), new ScriptedTask(upid, Fixtures.lines(fixture), polls, exit, List.of()));
        lab.node.migrateAnswer = () -> lab.node.data(upid.text());
    }

    @Test
    void newFormatMigrationIsFollowedToItsEndAndTimedOnTheHarnessClock() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-pve8-success.log", 30, "OK");

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        // stopped is first seen at the 30th status poll: 29 sleeps of 100 ms after the POST
        assertThat(outcome.transferTimeS()).isCloseTo(2.9, within(1e-9));
        assertThat(outcome.pollIntervalMs()).isEqualTo(100.0);
        assertThat(outcome.migrationPhaseS()).isEqualTo(6.0);
        assertThat(outcome.taskDurationS()).isEqualTo(12.0);
        assertThat(outcome.downtimeMs()).isEqualTo(41.0);
        assertThat(outcome.transferredBytes()).isEqualTo(4_402_341_478L);
        assertThat(outcome.progress()).hasSize(5);
        assertThat(outcome.progress().get(0).atS()).isEqualTo(4.0);
        assertThat(outcome.progress().get(0).transferredBytes()).isEqualTo(540_436_070L);
        assertThat(outcome.stage()).isNull();
        assertThat(outcome.details()).containsEntry("upid", QMIGRATE.text())
                .containsEntry("migrationType", "insecure").containsEntry("speedLimitBytesPerS", "629145600")
                .containsEntry("downtimeLimitMs", "100.0").containsEntry("finalDowntimeLimitMs", "200.0")
                .containsEntry("logFormat", "rendered_since_6_4").containsEntry("taskExitStatus", "OK");
    }

    @Test
    void requestsCarryTheTokenAFormBodyAndAlwaysALogLimit() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-pve8-success.log", 30, "OK");

        lab.hypervisor().migrate(REQUEST);

        RecordedRequest post = lab.node.requestsTo("POST", "/nodes/pve1/qemu/110/migrate").get(0);
        assertThat(post.getHeader("Authorization")).isEqualTo("PVEAPIToken=migcal@pve!harness=" + FakePveNode.TOKEN_SECRET);
        assertThat(post.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(post.getBody().clone().readUtf8()).isEqualTo("target=pve2&online=1");
        assertThat(post.getHeader("Cookie")).isNull();
        String taskPath = "/nodes/pve1/tasks/" + QMIGRATE.text();
        assertThat(lab.node.requestsTo("GET", taskPath + "/status")).hasSize(30);
        // the log is paged each second (polls 11 and 21) and once at the end, continuing where it left off
        List<RecordedRequest> logs = lab.node.requestsTo("GET", taskPath + "/log");
        assertThat(logs).extracting(r -> r.getRequestUrl().queryParameter("start")).containsExactly("0", "11", "21");
        assertThat(logs).allSatisfy(r -> assertThat(r.getRequestUrl().queryParameter("limit")).isEqualTo("500"));
    }

    @Test
    void oldFormatMigrationFromPve5KeepsExactBytesAndSecureTunnel() throws Exception {
        Upid upid = Upid.parse("UPID:pve1:00002A3B:00C0FFEE:5C8A2A85:qmigrate:100:root@pam:");
        scriptMigration(upid, "qmigrate-pve5-success.log", 40, "OK");

        MigrationOutcome outcome = lab.hypervisor().migrate(new MigrationRequest("100", "pve1", "pve2", Duration.ofMinutes(5)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        assertThat(outcome.transferTimeS()).isCloseTo(3.9, within(1e-9));
        assertThat(outcome.migrationPhaseS()).isEqualTo(8.0);
        assertThat(outcome.taskDurationS()).isEqualTo(15.0);
        assertThat(outcome.downtimeMs()).isEqualTo(54.0);
        assertThat(outcome.transferredBytes()).isEqualTo(1_063_419_200L);
        assertThat(outcome.progress()).extracting(p -> p.remainingBytes())
                .containsExactly(930_062_336L, 675_618_816L, 417_325_056L, 160_153_600L, 21_745_664L);
        assertThat(outcome.details()).containsEntry("migrationType", "secure")
                .containsEntry("logFormat", "raw_bytes_before_6_4").containsEntry("xbzrleCacheBytes", "268435456");
    }

    @Test
    void abortedMigrationIsAFailedOutcomeWithTheTaskError() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-aborted.log", 3, "migration aborted");

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.stage()).isEqualTo("migrate");
        assertThat(outcome.error()).isEqualTo("migration aborted");
        assertThat(outcome.taskDurationS()).isEqualTo(0.0);
        assertThat(outcome.details().get("logErrors")).startsWith("Problem found while scanning volumes");
    }

    @Test
    void migrationWithProblemsIsAFailedOutcomeWithItsDuration() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-problems.log", 20, "migration problems");

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.error()).isEqualTo("migration problems");
        assertThat(outcome.taskDurationS()).isEqualTo(7.0);
        assertThat(outcome.migrationPhaseS()).isNull();
        assertThat(outcome.details().get("logErrors")).contains("online migrate failure - aborting");
    }

    @Test
    void lockedVmIsAFailedOutcomeWithTheReasonPhraseOfOldPve() throws Exception {
        lab.node.migrateAnswer = () -> FakePveNode.error(500, "VM is locked (migrate)", null);

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.stage()).isEqualTo("migrate");
        assertThat(outcome.error()).isEqualTo("VM is locked (migrate)");
        assertThat(outcome.details()).containsEntry("httpStatus", "500");
        assertThat(lab.node.requestsTo("GET", ".*/tasks/.*")).isEmpty();
    }

    @Test
    void errorOnlyInTheJsonBodyIsReadWhenTheReasonPhraseIsEmpty() throws Exception {
        lab.node.migrateAnswer = () -> new okhttp3.mockwebserver.MockResponse().setStatus("HTTP/1.1 500 ")
                .setBody("{\"data\":null,\"message\":\"VM is locked (migrate)\\n\"}");

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.FAILED);
        assertThat(outcome.error()).isEqualTo("VM is locked (migrate)");
    }

    @Test
    void newPveErrorInBothPlacesIsSaidOnceAndParameterErrorsAreNamed() throws Exception {
        lab.node.migrateAnswer = () -> FakePveNode.error(400, "Parameter verification failed.",
                "{\"data\":null,\"message\":\"Parameter verification failed.\\n\","
                        + "\"errors\":{\"target\":\"no such cluster node 'pve9'\\n\"}}");

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.error()).isEqualTo("Parameter verification failed.; target: no such cluster node 'pve9'");
    }

    @Test
    void haManagedVmIsFollowedFromHamigrateToTheRealQmigrateTask() throws Exception {
        Upid ha = Upid.parse("UPID:pve1:00001F40:0029F800:665DD9F8:hamigrate:100:migcal@pve!harness:");
        Upid earlier = Upid.parse("UPID:pve1:00001A00:0029A000:665DD000:qmigrate:100:root@pam:");
        Upid real = Upid.parse("UPID:pve1:00001F52:0029F8A0:665DD9FC:qmigrate:100:root@pam:");
        lab.node.tasks.put(ha.text(), new ScriptedTask(ha, Fixtures.lines("hamigrate.log"), 5, "OK", List.of()));
        lab.node.tasks.put(real.text(), new ScriptedTask(real, Fixtures.lines("qmigrate-ha.log"), 20, "OK", List.of()));
        lab.node.migrateAnswer = () -> lab.node.data(ha.text());
        lab.node.listedMigrations = List.of(real, earlier);
        lab.node.listedAfter = lab.node.tasks.get(ha.text());

        MigrationOutcome outcome = lab.hypervisor().migrate(new MigrationRequest("100", "pve1", "pve2", Duration.ofMinutes(5)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        assertThat(outcome.details()).containsEntry("haUpid", ha.text()).containsEntry("upid", real.text())
                .containsEntry("startedByHa", "true");
        // 4 sleeps while hamigrate runs, 19 while qmigrate runs
        assertThat(outcome.transferTimeS()).isCloseTo(2.3, within(1e-9));
        assertThat(outcome.downtimeMs()).isEqualTo(35.0);
        // the real task started 4 s after hamigrate; its first progress line is 4 s into its log
        assertThat(outcome.progress().get(0).atS()).isEqualTo(8.0);
        RecordedRequest list = lab.node.requestsTo("GET", "/nodes/pve1/tasks").get(0);
        assertThat(list.getRequestUrl().queryParameter("typefilter")).isEqualTo("qmigrate");
        assertThat(list.getRequestUrl().queryParameter("vmid")).isEqualTo("100");
        assertThat(list.getRequestUrl().queryParameter("source")).isEqualTo("all");
        assertThat(lab.node.requestsTo("GET", "/nodes/pve1/tasks/" + earlier.text() + "/status")).isEmpty();
    }

    @Test
    void taskThatNeverEndsIsCancelledWithDeleteAndRecordedAsTimeout() throws Exception {
        lab.node.tasks.put(QMIGRATE.text(), ScriptedTask.endless(QMIGRATE, Fixtures.lines("qmigrate-endless.log"),
                Fixtures.lines("qmigrate-endless-cancelled.log")));
        lab.node.migrateAnswer = () -> lab.node.data(QMIGRATE.text());

        MigrationOutcome outcome = lab.hypervisor().migrate(new MigrationRequest("110", "pve1", "pve2", Duration.ofSeconds(2)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.TIMEOUT);
        assertThat(outcome.stage()).isEqualTo("migrate");
        assertThat(outcome.error()).isEqualTo(
                "no end within the timeout of 2.0 s; task cancelled with DELETE, ended: migration problems");
        // the DELETE goes out at the poll at 2.0 s; the next poll, 100 ms later, sees the task stopped
        assertThat(lab.node.requestsTo("DELETE", "/nodes/pve1/tasks/" + QMIGRATE.text())).hasSize(1);
        assertThat(outcome.transferTimeS()).isCloseTo(2.1, within(1e-9));
        assertThat(outcome.taskDurationS()).isEqualTo(32.0);
        assertThat(outcome.details().get("logErrors")).contains("interrupted by signal");
        assertThat(outcome.progress()).hasSize(2);
    }

    @Test
    void aFewFailedStatusPollsDoNotLoseTheSample() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-pve8-success.log", 30, "OK");
        lab.node.statusFailures.set(3);

        MigrationOutcome outcome = lab.hypervisor().migrate(REQUEST);

        assertThat(outcome.status()).isEqualTo(SampleStatus.OK);
        assertThat(outcome.details()).containsEntry("failedStatusPolls", "3");
        // three extra polls, each followed by a 100 ms sleep
        assertThat(outcome.transferTimeS()).isCloseTo(3.2, within(1e-9));
    }

    @Test
    void statusThatKeepsFailingEndsFollowingWithOneLine() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-pve8-success.log", 30, "OK");
        lab.node.statusFailures.set(1000);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lab.hypervisor().migrate(REQUEST))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("20 status polls failed in a row")
                .hasMessageEndingWith("HTTP 595 Connection refused");
    }

    @Test
    void taskThatIgnoresTheCancelIsGivenUpAfterTheGraceTime() throws Exception {
        lab.node.tasks.put(QMIGRATE.text(), ScriptedTask.endless(QMIGRATE, Fixtures.lines("qmigrate-endless.log"),
                List.of()).ignoringCancel());
        lab.node.migrateAnswer = () -> lab.node.data(QMIGRATE.text());

        MigrationOutcome outcome = lab.hypervisor().migrate(new MigrationRequest("110", "pve1", "pve2", Duration.ofSeconds(2)));

        assertThat(outcome.status()).isEqualTo(SampleStatus.TIMEOUT);
        assertThat(outcome.error()).isEqualTo(
                "no end within the timeout of 2.0 s; task cancelled with DELETE but still running after 2 s");
        // DELETE at 2.0 s, then 2 s of grace (FollowSettings in PveLab)
        assertThat(outcome.transferTimeS()).isCloseTo(4.0, within(1e-9));
        assertThat(outcome.progress()).hasSize(2);
    }

    @Test
    void haTaskTheTokenMayNotReadNamesTheMissingPrivilege() throws Exception {
        scriptMigration(QMIGRATE, "qmigrate-pve8-success.log", 30, "OK");
        lab.node.tasks.remove(QMIGRATE.text());
        lab.node.extraGets.put("/nodes/pve1/tasks/" + QMIGRATE.text() + "/status",
                request -> FakePveNode.error(403, "Permission check failed (/nodes/pve1, Sys.Audit)", null));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lab.hypervisor().migrate(REQUEST))
                .isInstanceOf(PveApiException.class)
                .hasMessageContaining("HTTP 403 Permission check failed (/nodes/pve1, Sys.Audit)")
                .hasMessageContaining("needs Sys.Audit on /nodes/pve1");
    }

    @Test
    void firstReachableEndpointIsUsedAndDeadOnesAreNamedWhenNoneAnswers() throws Exception {
        lab.node.extraGets.put("/version", request -> lab.node.data(java.util.Map.of("version", "8.2.4")));
        PveEndpoint dead;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            dead = PveEndpoint.of("https://127.0.0.1:" + closed.getLocalPort(), new TlsTrust.InsecureSkipVerify());
        }
        FollowSettings settings = FollowSettings.DEFAULT;

        PveHypervisor hypervisor = PveHypervisor.connectFirstReachable(List.of(dead, lab.pinnedEndpoint()),
                PveLab.token(), lab.clock, settings);

        assertThat(hypervisor.describe()).isEqualTo("proxmox-ve 8.2.4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PveHypervisor.connectFirstReachable(List.of(dead, dead),
                PveLab.token(), lab.clock, settings)).isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith("no Proxmox endpoint answered: GET /version on " + dead.describe())
                .hasMessageContaining(" | ");
    }

    @Test
    void refusedCredentialsAreAnErrorNotAFailedSample() throws Exception {
        PveHypervisor hypervisor = new PveHypervisor(lab.api(new PveAuth.Token(FakePveNode.TOKEN_ID,
                io.migcal.harness.config.Secret.fromEnvironmentMap("T", java.util.Map.of("T", "revoked")))),
                lab.clock, FollowSettings.DEFAULT);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> hypervisor.migrate(REQUEST))
                .isInstanceOf(PveApiException.class)
                .hasMessage("POST /nodes/pve1/qemu/110/migrate: HTTP 401 authentication failure");
    }
}
