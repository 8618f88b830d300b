package io.migcal.harness.lab.sshd;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * A real SSH server on loopback (Apache MINA SSHD) whose exec requests are answered by a
 * {@link ShellCommandHandler}. The virtual lab runs one per node, delay box and guest; tests use it
 * wherever a real host would stand. Clients authenticate with a public key or a password.
 */
public final class EmbeddedSshServer implements AutoCloseable {
    private final SshServer server;

    private EmbeddedSshServer(SshServer server) {
        this.server = server;
    }

    /**
     * Starts a server on 127.0.0.1 ({@code port} 0 picks a free one). Its host key is kept in
     * {@code hostKeyFile} (created if missing) so clients that pinned it keep trusting it across restarts.
     */
    public static EmbeddedSshServer start(int port, Path hostKeyFile, SshAccess access,
            ShellCommandHandler handler) throws IOException {
        return start(port, hostKeyFile, access, handler, () -> false);
    }

    /**
     * As above; while {@code refuseConnections} says so, every new connection is closed before the key
     * exchange ends, as a host that is down or firewalled looks to a client.
     */
    public static EmbeddedSshServer start(int port, Path hostKeyFile, SshAccess access,
            ShellCommandHandler handler, BooleanSupplier refuseConnections) throws IOException {
        Objects.requireNonNull(handler, "handler");
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        server.setKeyPairProvider(hostKeys);
        server.setPublickeyAuthenticator((user, key, session) -> access.accepts(user, key));
        server.setPasswordAuthenticator((user, password, session) -> access.accepts(user, password));
        server.setCommandFactory((channel, command) -> new HandlerCommand(command, handler));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                if (refuseConnections.getAsBoolean()) {
                    session.close(true);
                }
            }
        });
        server.start();
        return new EmbeddedSshServer(server);
    }

    public int port() {
        return server.getPort();
    }

    /** The host key in OpenSSH form ({@code ecdsa-sha2-nistp256 AAAA...}), for a known_hosts line. */
    public String hostKeyOpenSsh() {
        return PublicKeyEntry.toString(hostKey());
    }

    /** A known_hosts line for this server, as OpenSSH writes it for a non-default port. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + hostKeyOpenSsh();
    }

    private PublicKey hostKey() {
        KeyPairProvider provider = server.getKeyPairProvider();
        try {
            return provider.loadKeys(null).iterator().next().getPublic();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("host key unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Lets clients tunnel through this server (direct-tcpip) to ports on 127.0.0.1, so it can stand in
     * for a jump host. Nothing else is forwarded: no remote listening, no agent, no X11.
     */
    public EmbeddedSshServer allowForwardingToLoopback() {
        TcpForwardingFilter loopbackOnly = new TcpForwardingFilter() {
            @Override
            public boolean canListen(SshdSocketAddress address, org.apache.sshd.common.session.Session session) {
                return false;
            }

            @Override
            public boolean canConnect(Type type, SshdSocketAddress address, org.apache.sshd.common.session.Session session) {
                return type == Type.Direct && "127.0.0.1".equals(address.getHostName());
            }
        };
        server.setForwardingFilter(ForwardingFilter.asForwardingFilter(
                RejectAllForwardingFilter.INSTANCE, RejectAllForwardingFilter.INSTANCE, loopbackOnly));
        return this;
    }

    /** Drops every open connection, as a network fault or a rebooting host would. */
    public void dropAllSessions() {
        Collection<? extends org.apache.sshd.common.session.Session> sessions = List.copyOf(server.getActiveSessions());
        for (org.apache.sshd.common.session.Session session : sessions) {
            session.close(true);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
