package io.migcal.harness.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper's findings, observed the way a harness observes a real lab: delay set with tc on the delay
 * box, guest memory filled with stress-ng over SSH, migrations through the API, durations read from the
 * task logs (whole seconds, so no client overhead enters).
 */
class PaperFindingsThroughTheLabTest {
    private static final Pattern DURATION = Pattern.compile("migration finished successfully \\(duration (\\d\\d):(\\d\\d):(\\d\\d)\\)");
    private static final long GIB = 1L << 30;

    @TempDir
    static Path stateDir;
    private static VirtualLab lab;
    private static PinnedApiClient api;

    @BeforeAll
    static void start() throws Exception {
        lab = VirtualLab.start(VirtualLabSettings.defaults(stateDir).withTimeCompression(400));
        api = new PinnedApiClient(lab.descriptor()).withToken(lab.descriptor());
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static void ssh(String endpoint, String command) throws Exception {
        JschProbe.Result result = JschProbe.run(lab.descriptor().endpoint(endpoint), command);
        assertThat(result.exit()).as(command + ": " + result.err()).isZero();
    }

    private static void setRttMs(double rttMs) throws Exception {
        for (String iface : lab.descriptor().delayInterfaces()) {
            ssh("delaybox", rttMs == 0 ? "tc qdisc replace dev " + iface + " root netem delay 0ms"
                    : "tc qdisc replace dev " + iface + " root netem delay " + rttMs / 2 + "ms");
        }
    }

    private static void fillGuestTo(double usedGib) throws Exception {
        ssh("guest", "pkill -TERM -f 'stress-ng --vm'; true");
        long fill = (long) (usedGib * GIB) - lab.state().settings().topology().guestBaselineUsedBytes();
        ssh("guest", "setsid nohup stress-ng --vm 1 --vm-bytes " + fill + " --vm-keep --vm-hang 0 --timeout 0 "
                + "> /tmp/migcal-stress.log 2>&1 < /dev/null & echo $!");
        lab.clock().sleepMillis(2000);
    }

    /** Migrates the VM to the other node and returns the task log's duration in seconds. */
    private static long migrateSeconds() throws Exception {
        String from = lab.state().vmNode();
        String to = from.equals("pve1") ? "pve2" : "pve1";
        String upid = api.post("/nodes/" + from + "/qemu/100/migrate", Map.of("target", to, "online", "1"))
                .body().path("data").asText();
        for (int i = 0; i < 4000; i++) {
            JsonNode status = api.get("/nodes/" + from + "/tasks/" + upid + "/status").body().path("data");
            if ("stopped".equals(status.path("status").asText())) {
                assertThat(status.path("exitstatus").asText()).isEqualTo("OK");
                JsonNode log = api.get("/nodes/" + from + "/tasks/" + upid + "/log?start=0&limit=1000").body().path("data");
                for (JsonNode line : log) {
                    Matcher m = DURATION.matcher(line.path("t").asText());
                    if (m.find()) {
                        return Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
                    }
                }
                throw new AssertionError("no duration line in " + log);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("migration did not stop");
    }

    @Test
    void sixMillisecondsMoreThanDoubleTheTimeAndMoreMemoryIsSlower() throws Exception {
        long[][] seconds = new long[2][2];
        double[] memories = {0.6, 1.0};
        double[] rtts = {0, 6};
        for (int m = 0; m < 2; m++) {
            fillGuestTo(memories[m]);
            for (int r = 0; r < 2; r++) {
                setRttMs(rtts[r]);
                seconds[m][r] = migrateSeconds();
            }
        }
        assertThat(seconds[0][1]).isGreaterThan(2 * seconds[0][0]);
        assertThat(seconds[1][1]).isGreaterThan(2 * seconds[1][0]);
        assertThat(seconds[1][0]).isGreaterThan(seconds[0][0]);
        assertThat(seconds[1][1]).isGreaterThan(seconds[0][1]);
    }
}
