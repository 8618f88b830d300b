package io.migcal.harness.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JumpHostTest {
    private static final Duration TEN_S = Duration.ofSeconds(10);
    @TempDir
    Path jumpDir;
    @TempDir
    Path targetDir;

    @Test
    void commandsReachTheTargetThroughTheJumpHostAndTheTargetKeyIsCheckedUnderItsOwnName() throws Exception {
        RecordingHandler onJump = new RecordingHandler((command, out, err) -> 0);
        RecordingHandler onTarget = new RecordingHandler((command, out, err) -> {
            out.write("target here\n".getBytes(StandardCharsets.UTF_8));
            return 0;
        });
        try (SshTestBed jump = SshTestBed.start(jumpDir, onJump);
                SshTestBed target = SshTestBed.start(targetDir, onTarget)) {
            jump.server().allowForwardingToLoopback();
            Files.writeString(target.knownHosts(), jump.server().knownHostsLine() + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
            SshTarget viaJump = target.keyTarget()
                    .via(SshTargets.withKnownHosts(jump.passwordTarget(SshTestBed.PASSWORD), target.knownHosts()));

            try (JschRemoteShell shell = new JschRemoteShell(viaJump, SshSessionOpener.strict())) {
                assertThat(shell.run("hostname", TEN_S).stdout()).isEqualTo("target here\n");
                assertThat(shell.describe()).isEqualTo("root@127.0.0.1:" + target.server().port()
                        + " via root@127.0.0.1:" + jump.server().port());
            }
            assertThat(onTarget.received()).containsExactly("hostname");
            assertThat(onJump.received()).isEmpty();
        }
    }

    @Test
    void anUntrustedTargetBehindATrustedJumpHostIsStillRefused() throws Exception {
        try (SshTestBed jump = SshTestBed.start(jumpDir, (command, out, err) -> 0);
                SshTestBed target = SshTestBed.start(targetDir, (command, out, err) -> 0)) {
            jump.server().allowForwardingToLoopback();
            Files.writeString(target.knownHosts(), jump.server().knownHostsLine() + "\n");
            SshTarget viaJump = target.keyTarget()
                    .via(SshTargets.withKnownHosts(jump.passwordTarget(SshTestBed.PASSWORD), target.knownHosts()));

            try (JschRemoteShell shell = new JschRemoteShell(viaJump, SshSessionOpener.strict())) {
                assertThatThrownBy(() -> shell.run("true", TEN_S))
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining("host [127.0.0.1]:" + target.server().port() + " is not in");
            }
        }
    }
}
