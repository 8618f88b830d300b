package io.migcal.harness.sweep;

import io.migcal.harness.config.LocalPath;
import io.migcal.harness.config.SshConfig;
import io.migcal.harness.config.SshEndpoint;
import io.migcal.harness.ssh.JschRemoteShell;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.ssh.SshTarget;

/** Opens the SSH targets a lab config names ({@code ssh.targets}), jump hosts included, over JSch. */
public final class LabShells {

    private final SshConfig ssh;
    private final SshSessionOpener opener;

    public LabShells(SshConfig ssh, SshSessionOpener opener) {
        this.ssh = ssh;
        this.opener = opener;
    }

    /** The shell for target {@code name}; {@code key} is the config key that named it, for messages. */
    public RemoteShell open(String name, String key) {
        return new JschRemoteShell(target(name, key), opener);
    }

    SshTarget target(String name, String key) {
        SshEndpoint e = ssh.target(name, key);
        SshTarget target = new SshTarget(e.host(), e.port(), e.user(),
                e.keyFile() == null ? null : LocalPath.of(e.keyFile()), e.keyPassphrase(), null,
                LocalPath.of(e.knownHosts()), null);
        return e.jumpHost() == null ? target : target.via(target(e.jumpHost(), "ssh.targets." + name + ".jump_host"));
    }
}
