package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.LocalPath;
import io.migcal.harness.config.SshConfig;
import io.migcal.harness.config.SshEndpoint;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.ssh.JschRemoteShell;
import io.migcal.harness.ssh.ReconnectingShell;
import io.migcal.harness.ssh.RemoteShell;
import io.migcal.harness.ssh.SshSessionOpener;
import io.migcal.harness.ssh.SshTarget;
import io.migcal.model.BadInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One SSH shell per named target of the lab config, opened on first use and closed together. Host
 * keys are checked strictly against each target's known_hosts file; {@code agent: true} logs in with
 * the keys of the ssh-agent at {@code SSH_AUTH_SOCK}.
 */
final class ShellPool implements AutoCloseable {
    private final SshConfig ssh;
    private final SshSessionOpener opener;
    private final Function<String, String> environment;
    private final Reconnector reconnector;
    private final Map<String, RemoteShell> shells = new LinkedHashMap<>();

    ShellPool(SshConfig ssh, SshSessionOpener opener, Function<String, String> environment) {
        this(ssh, opener, environment, Reconnector.NONE);
    }

    /** Shells whose commands that never started are sent again with {@code reconnector}'s backoff. */
    ShellPool(SshConfig ssh, SshSessionOpener opener, Function<String, String> environment, Reconnector reconnector) {
        this.ssh = ssh;
        this.opener = opener;
        this.environment = environment;
        this.reconnector = reconnector;
    }

    /** The shell of target {@code name}; {@code referringKey} names the config key in errors. */
    synchronized RemoteShell shell(String name, String referringKey) {
        RemoteShell shell = shells.get(name);
        if (shell == null) {
            shell = new ReconnectingShell(new JschRemoteShell(target(name, referringKey), opener), reconnector);
            shells.put(name, shell);
        }
        return shell;
    }

    private SshTarget target(String name, String referringKey) {
        SshEndpoint e = ssh.target(name, referringKey);
        boolean agent = Boolean.TRUE.equals(e.agent());
        if (!agent && e.keyFile() == null) {
            throw new BadInputException("ssh target '" + name + "' needs key_file or agent: true (here or in ssh.defaults)");
        }
        SshTarget target = new SshTarget(e.host(), e.port(), e.user(), agent ? null : LocalPath.of(e.keyFile()),
                agent ? null : e.keyPassphrase(), agent ? agentSocket(name) : null, null, LocalPath.of(e.knownHosts()), null);
        return e.jumpHost() == null ? target : target.via(target(e.jumpHost(), "ssh.targets." + name + ".jump_host"));
    }

    private Path agentSocket(String name) {
        String socket = environment.apply("SSH_AUTH_SOCK");
        if (socket == null || socket.isBlank()) {
            throw new BadInputException("ssh target '" + name + "' uses the ssh-agent, but SSH_AUTH_SOCK is not set; "
                    + "start ssh-agent and ssh-add the key, or give key_file");
        }
        return Path.of(socket);
    }

    @Override
    public synchronized void close() {
        shells.values().forEach(RemoteShell::close);
        shells.clear();
    }
}
