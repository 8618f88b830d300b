package io.migcal.harness.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.migcal.harness.ssh.JschRemoteShell;
import io.migcal.harness.ssh.RecordingHandler;
import io.migcal.harness.ssh.SshTestBed;
import io.migcal.harness.time.MonotonicClock;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestAgentShellTest {
    private static final String PREFIX = "qm guest exec 101 -- sh -c ";
    @TempDir
    Path dir;
    private final FakeGuest guest = new FakeGuest(200);
    private final RecordingHandler node = new RecordingHandler(this::proxmoxNode);
    private volatile boolean agentRunning = true;
    private SshTestBed bed;
    private JschRemoteShell nodeShell;

    /** A Proxmox node's {@code qm guest exec}: unquotes the sh -c argument and answers in qm's JSON. */
    private int proxmoxNode(String command, OutputStream out, OutputStream err) throws Exception {
        if (!command.startsWith(PREFIX + "'") || !command.endsWith("'")) {
            return 127;
        }
        if (!agentRunning) {
            err.write("QEMU guest agent is not running\n".getBytes(StandardCharsets.UTF_8));
            return 255;
        }
        String inner = command.substring(PREFIX.length() + 1, command.length() - 1).replace("'\\''", "'");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = guest.execute(inner, stdout, stderr);
        ObjectNode json = new ObjectMapper().createObjectNode().put("exitcode", exit).put("exited", 1)
                .put("out-data", stdout.toString(StandardCharsets.UTF_8));
        if (stderr.size() > 0) {
            json.put("err-data", stderr.toString(StandardCharsets.UTF_8));
        }
        out.write(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        return 0;
    }

    @BeforeEach
    void start() throws Exception {
        bed = SshTestBed.start(dir, node);
        nodeShell = bed.strictShell();
    }

    @AfterEach
    void stop() throws Exception {
        nodeShell.close();
        bed.close();
    }

    @Test
    void stressNgFillWorksThroughTheGuestAgentWithTheCommandQuotedForTheNodeShell() throws Exception {
        StressNgGuestLoad load = new StressNgGuestLoad(new GuestAgentShell(nodeShell, 101), MonotonicClock.SYSTEM,
                Duration.ofMillis(25), 0.95);

        load.fill(200_000_000, Duration.ofSeconds(10));
        load.stop();

        assertThat(node.received()).contains(PREFIX + "'pkill -TERM -f '\\''stress-ng --vm'\\''; true'",
                PREFIX + "'cat /proc/meminfo /proc/zoneinfo'");
        assertThat(load.usedBytes()).isEqualTo(FakeGuest.BASELINE_USED_KIB * 1024);
    }

    @Test
    void exitCodesAndStderrOfTheGuestCommandComeBackFromTheJson() throws Exception {
        var result = new GuestAgentShell(nodeShell, 101).run("frobnicate now", Duration.ofSeconds(10));

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(result.stderr()).isEqualTo("sh: 1: frobnicate: not found\n");
    }

    @Test
    void aMissingGuestAgentIsReportedWithWhatToCheck() {
        agentRunning = false;

        assertThatThrownBy(() -> new GuestAgentShell(nodeShell, 101).run("cat /proc/meminfo", Duration.ofSeconds(10)))
                .hasMessageStartingWith("vm 101 (guest agent via root@127.0.0.1:")
                .hasMessageContaining("QEMU guest agent is not running; is qemu-guest-agent installed");
    }

    @Test
    void singleQuotesInsideTheCommandSurviveTheNodeShell() {
        assertThat(GuestAgentShell.singleQuoted("echo 'a b'")).isEqualTo("'echo '\\''a b'\\'''");
    }
}
