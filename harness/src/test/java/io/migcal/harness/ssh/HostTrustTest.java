package io.migcal.harness.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.lab.sshd.EmbeddedSshServer;
import io.migcal.harness.lab.sshd.SshAccess;
import io.migcal.model.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.migcal.harness.config.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostTrustTest {
    private static final Duration TEN_S = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    private SshTestBed bed;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        bed = SshTestBed.start(dir, new RecordingHandler((command, out, err) -> {
            out.write("ok\n".getBytes(StandardCharsets.UTF_8));
            return 0;
        }));
    }

    @AfterEach
    void stopServer() throws Exception {
        bed.close();
    }

    private JschRemoteShell shell(SshTarget target, HostKeyPolicy policy) {
        return new JschRemoteShell(target, new SshSessionOpener(policy, warnings::add, Duration.ofSeconds(5)));
    }

    @Test
    void wrongKeyIsRefusedWithOneLineAuthenticationError() throws Exception {
        Path otherKey = dir.resolve("id_other");
        SshTestBed.writeClientKey(otherKey, null);
        SshTarget target = SshTargets.key("127.0.0.1", bed.server().port(), "root", otherKey, bed.knownHosts());

        try (JschRemoteShell shell = shell(target, HostKeyPolicy.STRICT)) {
            assertThatThrownBy(() -> shell.run("true", TEN_S))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("ssh root@127.0.0.1:" + bed.server().port() + ": authentication failed")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void wrongPasswordIsRefusedAndTheMessageNeverShowsThePassword() {
        try (JschRemoteShell shell = shell(bed.passwordTarget("not-the-password"), HostKeyPolicy.STRICT)) {
            assertThatThrownBy(() -> shell.run("true", TEN_S))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("authentication failed")
                    .hasMessageNotContaining("not-the-password");
        }
        assertThat(String.join("\n", warnings)).doesNotContain("not-the-password");
    }

    @Test
    void encryptedKeyWorksWithItsPassphrase() throws Exception {
        Path key = dir.resolve("id_locked");
        var publicKey = SshTestBed.writeClientKey(key, "s3cret-phrase");
        try (EmbeddedSshServer server = EmbeddedSshServer.start(0, dir.resolve("host_key2"),
                new SshAccess("root", List.of(publicKey), null), (command, out, err) -> 0)) {
            Secret passphrase = Secret.fromEnvironmentMap("KEY_PW", Map.of("KEY_PW", "s3cret-phrase"));
            SshTarget target = new SshTarget("127.0.0.1", server.port(), "root", key, passphrase, null, null,
                    bed.knownHosts(), null);
            Files.writeString(bed.knownHosts(), server.knownHostsLine() + "\n", java.nio.file.StandardOpenOption.APPEND);
            try (JschRemoteShell shell = shell(target, HostKeyPolicy.STRICT)) {
                assertThat(shell.run("true", TEN_S).exitCode()).isZero();
            }
        }
    }

    @Test
    void changedHostKeyIsRefusedEvenWithAcceptNewAndKnownHostsIsLeftAlone() throws Exception {
        String impostor = "[127.0.0.1]:" + bed.server().port()
                + " ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=\n";
        Files.writeString(bed.knownHosts(), impostor, StandardCharsets.UTF_8);

        for (HostKeyPolicy policy : HostKeyPolicy.values()) {
            try (JschRemoteShell shell = shell(bed.keyTarget(), policy)) {
                assertThatThrownBy(() -> shell.run("true", TEN_S))
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining("REFUSED, the host key differs")
                        .hasMessageContaining("ssh-keygen -R '[127.0.0.1]:" + bed.server().port() + "' -f " + bed.knownHosts())
                        .hasMessageNotContaining("\n");
            }
        }
        assertThat(Files.readString(bed.knownHosts())).isEqualTo(impostor);
    }

    @Test
    void unknownHostIsRefusedUnderStrictWithHowToFix() throws Exception {
        Files.writeString(bed.knownHosts(), "");

        try (JschRemoteShell shell = shell(bed.keyTarget(), HostKeyPolicy.STRICT)) {
            assertThatThrownBy(() -> shell.run("true", TEN_S))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("is not in " + bed.knownHosts())
                    .hasMessageContaining("--accept-new-host-keys");
        }
        assertThat(Files.readString(bed.knownHosts())).isEmpty();
    }

    @Test
    void acceptNewRecordsTheKeyLoudlyAndTheNextStrictConnectionTrustsIt() throws Exception {
        Files.delete(bed.knownHosts());

        try (JschRemoteShell shell = shell(bed.keyTarget(), HostKeyPolicy.ACCEPT_NEW)) {
            assertThat(shell.run("true", TEN_S).stdout()).isEqualTo("ok\n");
        }

        String recorded = Files.readString(bed.knownHosts());
        assertThat(recorded.strip()).isEqualTo(bed.server().knownHostsLine());
        assertThat(warnings).singleElement().asString()
                .startsWith("WARNING: --accept-new-host-keys")
                .contains("[127.0.0.1]:" + bed.server().port());
        try (JschRemoteShell shell = shell(bed.keyTarget(), HostKeyPolicy.STRICT)) {
            assertThat(shell.run("true", TEN_S).stdout()).isEqualTo("ok\n");
        }
    }

    @Test
    void refusedConnectionIsAnIoErrorNamingTheTarget() throws Exception {
        int port = bed.server().port();
        bed.close();
        try (JschRemoteShell shell = shell(bed.keyTarget(), HostKeyPolicy.STRICT)) {
            assertThatThrownBy(() -> shell.run("true", TEN_S))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessageStartingWith("ssh root@127.0.0.1:" + port + ": cannot connect");
        }
    }
}
