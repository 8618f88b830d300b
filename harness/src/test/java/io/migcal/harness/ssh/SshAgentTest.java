package io.migcal.harness.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migcal.harness.lab.sshd.EmbeddedSshServer;
import io.migcal.harness.lab.sshd.SshAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in with a key held by a real OpenSSH ssh-agent that the test starts and stops itself. */
class SshAgentTest {
    @TempDir
    Path dir;

    @Test
    void keysOfARunningSshAgentAuthenticate() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-agent")) && Files.isExecutable(Path.of("/usr/bin/ssh-add")),
                "OpenSSH's ssh-agent is not installed");
        Path key = dir.resolve("id_agent");
        PublicKey publicKey = SshTestBed.writeClientKey(key, null);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("/usr/bin/ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile()).start();
        try (EmbeddedSshServer server = EmbeddedSshServer.start(0, dir.resolve("host_key"),
                new SshAccess("root", List.of(publicKey), null), (command, out, err) -> {
                    out.write("via agent\n".getBytes(StandardCharsets.UTF_8));
                    return 0;
                })) {
            addToAgent(key, socket);
            Path knownHosts = dir.resolve("known_hosts");
            Files.writeString(knownHosts, server.knownHostsLine() + "\n");

            SshTarget target = SshTargets.agent("127.0.0.1", server.port(), "root", socket, knownHosts);
            try (JschRemoteShell shell = new JschRemoteShell(target, SshSessionOpener.strict())) {
                assertThat(shell.run("whoami", Duration.ofSeconds(10)).stdout()).isEqualTo("via agent\n");
            }
        } finally {
            agent.destroy();
            agent.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void addToAgent(Path key, Path socket) throws Exception {
        for (int attempt = 0; attempt < 50 && !Files.exists(socket); attempt++) {
            Thread.sleep(20); // the agent creates its socket shortly after it starts
        }
        ProcessBuilder add = new ProcessBuilder("/usr/bin/ssh-add", key.toString()).redirectErrorStream(true);
        add.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process process = add.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("ssh-add: " + output).isZero();
    }
}
