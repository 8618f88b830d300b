package io.migcal.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.migcal.harness.lab.pve.EmulatedRelease;
import io.migcal.harness.lab.pve.IssuedUpid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualLabApiTest {
    @TempDir
    static Path stateDir;
    private VirtualLab lab;

    private VirtualLab start(VirtualLabSettings settings) throws Exception {
        lab = VirtualLab.start(settings);
        return lab;
    }

    private VirtualLabSettings fast() {
        return VirtualLabSettings.defaults(stateDir).withTimeCompression(400);
    }

    @AfterEach
    void close() {
        if (lab != null) {
            lab.close();
        }
    }

    private PinnedApiClient tokenClient() throws Exception {
        return new PinnedApiClient(lab.descriptor()).withToken(lab.descriptor());
    }

    private String vmPath(String node) {
        return "/nodes/" + node + "/qemu/" + lab.descriptor().vmid();
    }

    private String migrate(PinnedApiClient api) throws Exception {
        PinnedApiClient.Reply reply = api.post(vmPath("pve1") + "/migrate", Map.of("target", "pve2", "online", "1"));
        assertThat(reply.code()).as(reply.reason()).isEqualTo(200);
        return reply.body().path("data").asText();
    }

    private JsonNode waitStopped(PinnedApiClient api, String node, String upid) throws Exception {
        for (int i = 0; i < 2000; i++) {
            JsonNode status = api.get("/nodes/" + node + "/tasks/" + upid + "/status").body().path("data");
            if ("stopped".equals(status.path("status").asText())) {
                return status;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("task never stopped: " + upid);
    }

    private List<String> log(PinnedApiClient api, String node, String upid) throws Exception {
        JsonNode body = api.get("/nodes/" + node + "/tasks/" + upid + "/log?start=0&limit=10000").body();
        List<String> lines = new ArrayList<>();
        body.path("data").forEach(line -> lines.add(line.path("t").asText()));
        assertThat(body.path("total").asInt()).isEqualTo(lines.size());
        return lines;
    }

    @Test
    void versionIsServedOverTlsPinnedByTheDescriptorsFingerprint() throws Exception {
        start(fast());
        PinnedApiClient.Reply reply = tokenClient().get("/version");
        assertThat(reply.code()).isEqualTo(200);
        assertThat(reply.body().path("data").path("version").asText()).isEqualTo("8.2.4");
        assertThat(lab.descriptor().tlsFingerprintSha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        JsonNode info = tokenClient().get("/nodes/pve1/certificates/info").body().path("data").get(0);
        assertThat(info.path("fingerprint").asText()).isEqualTo(lab.descriptor().tlsFingerprintSha256());
    }

    @Test
    void defaultTrustStoreRejectsTheSelfSignedCertificate() throws Exception {
        start(fast());
        OkHttpClient plain = new OkHttpClient();
        Request request = new Request.Builder().url(lab.descriptor().apiBaseUrl() + "/version").build();
        assertThatThrownBy(() -> plain.newCall(request).execute().close()).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void requestsWithoutCredentialsAreUnauthorized() throws Exception {
        start(fast());
        PinnedApiClient.Reply reply = new PinnedApiClient(lab.descriptor()).get("/nodes");
        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.reason()).isEqualTo("No ticket");
    }

    @Test
    void ticketWorksForGetButPostNeedsTheCsrfToken() throws Exception {
        start(fast());
        PinnedApiClient withTicket = new PinnedApiClient(lab.descriptor()).withTicket(lab.descriptor());
        assertThat(withTicket.get("/cluster/resources?type=vm").body().path("data").get(0).path("node").asText())
                .isEqualTo("pve1");
        withTicket.withoutCsrf();
        PinnedApiClient.Reply refused = withTicket.post(vmPath("pve1") + "/migrate", Map.of("target", "pve2", "online", "1"));
        assertThat(refused.code()).isEqualTo(401);
        assertThat(refused.reason()).contains("csrf");
        PinnedApiClient.Reply accepted = new PinnedApiClient(lab.descriptor()).withTicket(lab.descriptor())
                .post(vmPath("pve1") + "/migrate", Map.of("target", "pve2", "online", "1"));
        assertThat(accepted.code()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        start(fast());
        PinnedApiClient.Reply reply = new PinnedApiClient(lab.descriptor())
                .post("/access/ticket", Map.of("username", "root@pam", "password", "wrong"));
        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.reason()).isEqualTo("authentication failure");
    }

    @Test
    void migrationRunsToOkWithPve8LinesAndMovesTheVmInGroundTruthTime() throws Exception {
        start(fast().withTimeCompression(10));
        PinnedApiClient api = tokenClient();
        api.get("/version");
        long startNanos = lab.clock().nanoTime();
        String upid = migrate(api);
        IssuedUpid parsed = IssuedUpid.parse(upid);
        assertThat(parsed).isNotNull();
        assertThat(parsed.type()).isEqualTo("qmigrate");
        assertThat(parsed.user()).isEqualTo("root@pam!migcal");
        JsonNode status = waitStopped(api, "pve1", upid);
        double measuredS = (lab.clock().nanoTime() - startNanos) / 1e9;
        assertThat(status.path("exitstatus").asText()).isEqualTo("OK");
        assertThat(status.path("user").asText()).isEqualTo("root@pam");
        assertThat(status.path("tokenid").asText()).isEqualTo("migcal");
        assertThat(status.has("endtime")).isFalse();

        List<String> lines = log(api, "pve1", upid);
        String stamp = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ";
        assertThat(lines.get(0)).matches(stamp + "starting migration of VM 100 to node 'pve2' \\(10\\.10\\.0\\.12\\)");
        assertThat(lines).anyMatch(l -> l.matches(stamp
                + "migration active, transferred \\d+\\.\\d (MiB|GiB) of 2\\.0 GiB VM-state, \\d+\\.\\d (KiB|MiB)/s"));
        assertThat(lines).anyMatch(l -> l.matches(stamp + "average migration speed: .+/s - downtime \\d+ ms"));
        assertThat(lines.get(lines.size() - 2)).matches(stamp + "migration finished successfully \\(duration \\d\\d:\\d\\d:\\d\\d\\)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("TASK OK");

        assertThat(api.get("/cluster/resources?type=vm").body().path("data").get(0).path("node").asText()).isEqualTo("pve2");
        PinnedApiClient.Reply gone = api.get(vmPath("pve1") + "/status/current");
        assertThat(gone.code()).isEqualTo(500);
        assertThat(gone.reason()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/100.conf' does not exist");

        double truthS = lab.groundTruth().transferTimeS(lab.state().settings().topology().guestBaselineUsedBytes(), 0,
                io.migcal.harness.lab.truth.DelayBoxSettings.paperAppliance(0)) * lab.noise().factor(0);
        // the client's own wall-clock overhead is multiplied by the compression factor too
        assertThat(measuredS).isBetween(truthS * 0.85, truthS * 1.15 + 1.5);
    }

    @Test
    void lockedVmIsRefusedWithTheTextInTheReasonPhrase() throws Exception {
        start(fast());
        lab.faults().lockVm("backup");
        PinnedApiClient.Reply reply = tokenClient().post(vmPath("pve1") + "/migrate", Map.of("target", "pve2", "online", "1"));
        assertThat(reply.code()).isEqualTo(500);
        assertThat(reply.reason()).isEqualTo("VM is locked (backup)");
        assertThat(reply.body().has("message")).isFalse();
        assertThat(tokenClient().get(vmPath("pve1") + "/migrate").reason()).isEqualTo("VM is locked (backup)");
    }

    @Test
    void newerReleaseAlsoPutsTheErrorInTheJsonMessage() throws Exception {
        start(fast().withPveVersion(EmulatedRelease.V8_4));
        lab.faults().lockVm("migrate");
        PinnedApiClient.Reply reply = tokenClient().post(vmPath("pve1") + "/migrate", Map.of("target", "pve2", "online", "1"));
        assertThat(reply.reason()).isEqualTo("VM is locked (migrate)");
        assertThat(reply.body().path("message").asText()).isEqualTo("VM is locked (migrate)\n");
        lab.faults().lockVm(null);
        PinnedApiClient api = tokenClient();
        String upid = migrate(api);
        waitStopped(api, "pve1", upid);
        assertThat(log(api, "pve1", upid)).anyMatch(l -> l.matches(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d migration completed, transferred \\d+\\.\\d MiB VM-state"));
        assertThat(api.get("/cluster/tasks").body().path("data").get(0).path("upid").asText()).isEqualTo(upid);
    }

    @Test
    void stoppingARunningMigrationLogsTheInterruptAndKeepsTheVmOnTheSource() throws Exception {
        start(fast());
        lab.faults().hangNextMigration();
        PinnedApiClient api = tokenClient();
        String upid = migrate(api);
        Thread.sleep(100);
        assertThat(api.get("/nodes/pve1/tasks/" + upid + "/status").body().path("data").path("status").asText())
                .isEqualTo("running");
        assertThat(api.get(vmPath("pve1") + "/status/current").body().path("data").path("lock").asText()).isEqualTo("migrate");
        assertThat(api.delete("/nodes/pve1/tasks/" + upid).code()).isEqualTo(200);
        JsonNode status = waitStopped(api, "pve1", upid);
        assertThat(status.path("exitstatus").asText()).isEqualTo("migration problems");
        List<String> lines = log(api, "pve1", upid);
        assertThat(lines).anyMatch(l -> l.endsWith("received interrupt - delayed"));
        assertThat(lines).anyMatch(l -> l.endsWith("ERROR: online migrate failure - interrupted by signal"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("TASK ERROR: migration problems");
        assertThat(lab.state().vmNode()).isEqualTo("pve1");
        assertThat(lab.state().vmLock()).isNull();
    }

    @Test
    void failedMigrationEndsWithMigrationProblems() throws Exception {
        start(fast());
        lab.faults().failNextMigration();
        PinnedApiClient api = tokenClient();
        String upid = migrate(api);
        assertThat(waitStopped(api, "pve1", upid).path("exitstatus").asText()).isEqualTo("migration problems");
        assertThat(log(api, "pve1", upid)).anyMatch(l -> l.endsWith("migration status error: failed"))
                .anyMatch(l -> l.endsWith("ERROR: online migrate failure - aborting"));
        assertThat(lab.state().vmNode()).isEqualTo("pve1");
        String second = migrate(api);
        assertThat(waitStopped(api, "pve1", second).path("exitstatus").asText()).isEqualTo("OK");
    }

    @Test
    void haManagedVmGetsAHamigrateTaskAndThenAQmigrateByRoot() throws Exception {
        start(fast().withTopology(LabTopology.paperTestbed().withHaManaged(true)));
        PinnedApiClient api = tokenClient();
        String upid = migrate(api);
        assertThat(IssuedUpid.parse(upid).type()).isEqualTo("hamigrate");
        assertThat(waitStopped(api, "pve1", upid).path("exitstatus").asText()).isEqualTo("OK");
        JsonNode found = null;
        for (int i = 0; i < 400 && found == null; i++) {
            JsonNode list = api.get("/nodes/pve1/tasks?vmid=100&typefilter=qmigrate&source=all").body().path("data");
            found = list.size() > 0 ? list.get(0) : null;
            Thread.sleep(5);
        }
        assertThat(found).isNotNull();
        assertThat(found.path("user").asText()).isEqualTo("root@pam");
        String qmigrate = found.path("upid").asText();
        assertThat(waitStopped(api, "pve1", qmigrate).path("exitstatus").asText()).isEqualTo("OK");
        assertThat(log(api, "pve1", qmigrate).get(0)).isEqualTo("task started by HA resource agent");
        JsonNode finished = api.get("/nodes/pve1/tasks?typefilter=qmigrate&source=all").body().path("data").get(0);
        assertThat(finished.path("status").asText()).isEqualTo("OK");
        assertThat(finished.path("endtime").asLong()).isGreaterThanOrEqualTo(finished.path("starttime").asLong());
    }

    @Test
    void offlineNodeAnswers595AndUnknownMethods501() throws Exception {
        start(fast());
        lab.faults().setNodeOffline("pve2", true);
        PinnedApiClient api = tokenClient();
        PinnedApiClient.Reply offline = api.get("/nodes/pve2/tasks");
        assertThat(offline.code()).isEqualTo(595);
        assertThat(offline.reason()).isEqualTo("No route to host");
        PinnedApiClient.Reply unknown = api.get("/nodes/pve1/nothing-here");
        assertThat(unknown.code()).isEqualTo(501);
        assertThat(unknown.reason()).isEqualTo("Method 'GET /nodes/pve1/nothing-here' not implemented");
    }

    @Test
    void migrationToAnOfflineNodeIsAbortedAndTheVmStays() throws Exception {
        start(fast());
        lab.faults().setNodeOffline("pve2", true);
        PinnedApiClient api = tokenClient();
        String upid = migrate(api);
        assertThat(waitStopped(api, "pve1", upid).path("exitstatus").asText()).isEqualTo("migration aborted");
        assertThat(log(api, "pve1", upid)).anyMatch(l -> l.matches(
                ".* ERROR: migration aborted \\(duration 00:00:0\\d\\): Can't connect to destination address using public key"));
        assertThat(lab.state().vmNode()).isEqualTo("pve1");
        assertThat(lab.state().vmLock()).isNull();
    }

    @Test
    void pve51LabWritesTheOldProgressLinesAndRefusesTokens() throws Exception {
        start(fast().withPveVersion(EmulatedRelease.V5_1));
        PinnedApiClient.Reply token = new PinnedApiClient(lab.descriptor())
                .withAuthorization("PVEAPIToken=root@pam!migcal=00000000-0000-0000-0000-000000000000").get("/version");
        assertThat(token.code()).isEqualTo(401);
        assertThat(lab.descriptor().apiTokenId()).isNull();
        PinnedApiClient api = new PinnedApiClient(lab.descriptor()).withTicket(lab.descriptor());
        JsonNode version = api.get("/version").body().path("data");
        assertThat(version.path("version").asText()).isEqualTo("5.1");
        assertThat(version.path("release").asText()).isEqualTo("35");
        String upid = migrate(api);
        waitStopped(api, "pve1", upid);
        List<String> lines = log(api, "pve1", upid);
        String stamp = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ";
        assertThat(lines).anyMatch(l -> l.matches(stamp
                + "migration status: active \\(transferred \\d+, remaining \\d+\\), total 2147483648\\)"));
        assertThat(lines).anyMatch(l -> l.matches(stamp + "migration speed: \\d+\\.\\d\\d MB/s - downtime \\d+ ms"));
        assertThat(lines).anyMatch(l -> l.endsWith("migrate_set_speed: 8589934592"));
    }

    @Test
    void taskLogPagesFromAZeroBasedStart() throws Exception {
        start(fast());
        PinnedApiClient api = tokenClient();
        String upid = migrate(api);
        waitStopped(api, "pve1", upid);
        JsonNode page = api.get("/nodes/pve1/tasks/" + upid + "/log?start=2&limit=3").body();
        assertThat(page.path("data")).hasSize(3);
        assertThat(page.path("data").get(0).path("n").asInt()).isEqualTo(3);
        assertThat(page.path("total").asInt()).isGreaterThan(5);
    }
}
