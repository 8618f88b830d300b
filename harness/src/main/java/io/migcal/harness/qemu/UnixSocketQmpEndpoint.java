package io.migcal.harness.qemu;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Objects;

/** A QMP monitor started with {@code -qmp unix:PATH,server=on,wait=off}. */
public record UnixSocketQmpEndpoint(Path socketPath) implements QmpEndpoint {

    public UnixSocketQmpEndpoint {
        Objects.requireNonNull(socketPath, "socketPath");
    }

    @Override
    public QmpConnection connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socketPath));
            return QmpConnection.open(Channels.newInputStream(channel), Channels.newOutputStream(channel),
                    channel, describe());
        } catch (IOException e) {
            channel.close();
            throw new IOException("cannot reach QMP at " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "unix:" + socketPath;
    }
}
