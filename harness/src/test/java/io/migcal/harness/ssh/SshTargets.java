package io.migcal.harness.ssh;

import java.nio.file.Path;

/** Short ways to write the SSH targets tests need (the harness builds its targets from the lab config). */
public final class SshTargets {
    private SshTargets() {
    }

    /** A key-only target with no jump host. */
    public static SshTarget key(String host, int port, String user, Path identityFile, Path knownHostsFile) {
        return new SshTarget(host, port, user, identityFile, null, null, null, knownHostsFile, null);
    }

    /** A target authenticating with the keys of the ssh-agent listening on {@code agentSocket}. */
    public static SshTarget agent(String host, int port, String user, Path agentSocket, Path knownHostsFile) {
        return new SshTarget(host, port, user, null, null, agentSocket, null, knownHostsFile, null);
    }

    /** The same target checked against another known_hosts file. */
    public static SshTarget withKnownHosts(SshTarget t, Path file) {
        return new SshTarget(t.host(), t.port(), t.user(), t.identityFile(), t.keyPassphrase(), t.agentSocket(),
                t.password(), file, t.jumpHost());
    }
}
