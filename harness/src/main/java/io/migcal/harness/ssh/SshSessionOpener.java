package io.migcal.harness.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UnixDomainSocketFactory;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Consumer;

/** Opens authenticated JSch sessions under a host-key policy, through a jump host when one is given. */
public final class SshSessionOpener {
    private static final int KEEPALIVE_MS = 15_000;
    private final HostKeyPolicy policy;
    private final Consumer<String> warnings;
    private final Duration connectTimeout;

    /** {@code warnings} receives the loud accept-new notices and JSch's own warnings (never secrets). */
    public SshSessionOpener(HostKeyPolicy policy, Consumer<String> warnings, Duration connectTimeout) {
        this.policy = policy;
        this.warnings = warnings;
        this.connectTimeout = connectTimeout;
    }

    /** Strict host-key checking, warnings to nowhere, 10 s to connect. */
    public static SshSessionOpener strict() {
        return new SshSessionOpener(HostKeyPolicy.STRICT, message -> { }, Duration.ofSeconds(10));
    }

    SshConnection open(SshTarget target) throws IOException {
        if (policy == HostKeyPolicy.ACCEPT_NEW) {
            // JSch rewrites the whole known_hosts file when it adds a key: one writer at a time, or keys get lost
            synchronized (this) {
                return openChain(target);
            }
        }
        return openChain(target);
    }

    private SshConnection openChain(SshTarget target) throws IOException {
        SshConnection jump = target.jumpHost() == null ? null : openChain(target.jumpHost());
        try {
            Session session = connect(target, jump);
            return new SshConnection(session, jump);
        } catch (IOException | RuntimeException e) {
            if (jump != null) {
                jump.close();
            }
            throw e;
        }
    }

    private Session connect(SshTarget target, SshConnection jump) throws IOException {
        try {
            JSch jsch = configuredJsch(target);
            Session session;
            if (jump == null) {
                session = jsch.getSession(target.user(), target.host(), target.port());
            } else {
                int localPort = jump.session().setPortForwardingL("127.0.0.1", 0, target.host(), target.port());
                session = jsch.getSession(target.user(), "127.0.0.1", localPort);
                session.setHostKeyAlias(target.knownHostsName());
            }
            if (target.password() != null) {
                session.setPassword(target.password().reveal());
            }
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey,password");
            session.setServerAliveInterval(KEEPALIVE_MS);
            session.setServerAliveCountMax(3);
            session.connect((int) connectTimeout.toMillis());
            return session;
        } catch (AgentProxyException e) {
            throw new BadInputException("ssh " + target.describe() + ": cannot use the ssh-agent at " + target.agentSocket()
                    + " (" + SshFailures.oneLine(e) + "); start one and add the key (eval $(ssh-agent); ssh-add KEY)", e);
        } catch (JSchException e) {
            Exception translated = SshFailures.translate(target, e);
            if (translated instanceof BadInputException bad) {
                throw bad;
            }
            throw (IOException) translated;
        }
    }

    private JSch configuredJsch(SshTarget target) throws JSchException, IOException, AgentProxyException {
        JSch jsch = new JSch();
        jsch.setInstanceLogger(new WarningsOnlyJschLogger(warnings));
        if (policy == HostKeyPolicy.ACCEPT_NEW) {
            ensureKnownHostsFileExists(target);
        }
        jsch.setKnownHosts(target.knownHostsFile().toString());
        if (policy == HostKeyPolicy.ACCEPT_NEW) {
            jsch.setHostKeyRepository(new AcceptNewHostKeys(jsch.getHostKeyRepository(), warnings));
        }
        if (target.agentSocket() != null) {
            jsch.setIdentityRepository(new AgentIdentityRepository(
                    new SSHAgentConnector(new UnixDomainSocketFactory(), target.agentSocket())));
        }
        if (target.identityFile() != null) {
            if (!Files.isReadable(target.identityFile())) {
                throw new BadInputException("ssh " + target.describe() + ": private key file "
                        + target.identityFile() + " is missing or unreadable; check identity_file");
            }
            byte[] passphrase = target.keyPassphrase() == null
                    ? null : target.keyPassphrase().reveal().getBytes(StandardCharsets.UTF_8);
            jsch.addIdentity(target.identityFile().toString(), passphrase);
        }
        return jsch;
    }

    private static void ensureKnownHostsFileExists(SshTarget target) throws IOException {
        if (!Files.exists(target.knownHostsFile())) {
            if (target.knownHostsFile().toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.knownHostsFile().toAbsolutePath().getParent());
            }
            Files.createFile(target.knownHostsFile());
        }
    }
}
