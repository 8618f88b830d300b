package io.migcal.harness.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import io.migcal.harness.config.Secret;
import io.migcal.harness.lab.sshd.EmbeddedSshServer;
import io.migcal.harness.lab.sshd.ShellCommandHandler;
import io.migcal.harness.lab.sshd.SshAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * A real SSH server on loopback with a freshly generated client key pair, and a known_hosts file that
 * already trusts the server (for strict checking). Closing it stops the server.
 */
public final class SshTestBed implements AutoCloseable {
    public static final String USER = "root";
    public static final String PASSWORD = "lab-password-123";
    private final EmbeddedSshServer server;
    private final Path clientKey;
    private final Path knownHosts;

    private SshTestBed(EmbeddedSshServer server, Path clientKey, Path knownHosts) {
        this.server = server;
        this.clientKey = clientKey;
        this.knownHosts = knownHosts;
    }

    public static SshTestBed start(Path dir, ShellCommandHandler handler) throws Exception {
        Path clientKey = dir.resolve("id_ecdsa");
        PublicKey publicKey = writeClientKey(clientKey, null);
        EmbeddedSshServer server = EmbeddedSshServer.start(0, dir.resolve("host_key"),
                new SshAccess(USER, List.of(publicKey), PASSWORD), handler);
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine() + "\n", StandardCharsets.UTF_8);
        return new SshTestBed(server, clientKey, knownHosts);
    }

    /** Writes a new ECDSA P-256 private key (OpenSSH/PEM form, encrypted if a passphrase is given). */
    public static PublicKey writeClientKey(Path file, String passphrase) throws Exception {
        KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
        if (passphrase == null) {
            pair.writePrivateKey(file.toString());
        } else {
            pair.writePrivateKey(file.toString(), passphrase.getBytes(StandardCharsets.UTF_8));
        }
        return toPublicKey(pair.getPublicKeyBlob());
    }

    private static PublicKey toPublicKey(byte[] blob) throws Exception {
        return new ByteArrayBuffer(blob).getRawPublicKey();
    }

    public EmbeddedSshServer server() {
        return server;
    }

    public Path knownHosts() {
        return knownHosts;
    }

    public SshTarget keyTarget() {
        return SshTargets.key("127.0.0.1", server.port(), USER, clientKey, knownHosts);
    }

    public SshTarget passwordTarget(String password) {
        Secret secret = Secret.fromEnvironmentMap("LAB_PW", Map.of("LAB_PW", password));
        return new SshTarget("127.0.0.1", server.port(), USER, null, null, null, secret, knownHosts, null);
    }

    public JschRemoteShell strictShell() {
        return new JschRemoteShell(keyTarget(), SshSessionOpener.strict());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
