package io.migcal.harness.qemu;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;

/** A QMP monitor started with {@code -qmp tcp:HOST:PORT,server=on,wait=off}. */
public record TcpQmpEndpoint(String host, int port, Duration replyTimeout) implements QmpEndpoint {

    public TcpQmpEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("QMP port must be 1..65535, got " + port);
        }
    }

    @Override
    public QmpConnection connect() throws IOException {
        Socket socket = new Socket();
        try {
            int timeoutMs = Math.toIntExact(replyTimeout.toMillis());
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            return QmpConnection.open(socket.getInputStream(), socket.getOutputStream(), socket, describe());
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot reach QMP at " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "tcp:" + host + ":" + port;
    }
}
