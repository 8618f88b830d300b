package io.migcal.harness.ssh;

import io.migcal.harness.config.Secret;
import io.migcal.model.BadInputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how to log in to one host. Credentials are a private key file (optionally protected by a
 * passphrase) or the keys of a running ssh-agent ({@code agentSocket}, as in {@code SSH_AUTH_SOCK}),
 * and/or a password; secrets are {@link Secret} references, so printing a target never shows them.
 * {@code jumpHost} (nullable) is reached first and the connection tunnelled through it.
 */
public record SshTarget(
        String host, int port, String user, Path identityFile, Secret keyPassphrase, Path agentSocket,
        Secret password, Path knownHostsFile, SshTarget jumpHost) {

    public SshTarget {
        if (host == null || host.isBlank()) {
            throw new BadInputException("ssh target: host is empty; give a host name or IP address");
        }
        if (port < 1 || port > 65535) {
            throw new BadInputException("ssh target " + host + ": port " + port + " is not in 1..65535");
        }
        if (user == null || user.isBlank()) {
            throw new BadInputException("ssh target " + host + ": user is empty; give the login user");
        }
        if (identityFile == null && agentSocket == null && password == null) {
            throw new BadInputException("ssh target " + user + "@" + host + ": no credentials; give a private key "
                    + "file (identity_file), an ssh-agent socket, or a password reference");
        }
        if (identityFile != null && agentSocket != null) {
            throw new BadInputException("ssh target " + user + "@" + host
                    + ": give either a private key file or an ssh-agent socket, not both");
        }
        Objects.requireNonNull(knownHostsFile, "knownHostsFile");
    }

    /** The same target reached through {@code jump}. */
    public SshTarget via(SshTarget jump) {
        return new SshTarget(host, port, user, identityFile, keyPassphrase, agentSocket, password, knownHostsFile, jump);
    }

    /** {@code user@host:port}, plus the jump host if any; never a secret. */
    public String describe() {
        String self = user + "@" + host + ":" + port;
        return jumpHost == null ? self : self + " via " + jumpHost.describe();
    }

    /** The name known_hosts files use: {@code host} on port 22, {@code [host]:port} elsewhere. */
    public String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
