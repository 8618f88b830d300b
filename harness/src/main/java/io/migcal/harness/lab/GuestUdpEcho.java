package io.migcal.harness.lab;

import io.migcal.harness.lab.state.LabState;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * The guest's UDP echo service (RFC 862) on 127.0.0.1: every datagram is sent back unchanged, except
 * while the ground truth has the guest paused by a migration (from the start of the stop-and-copy
 * until phase 3 has resumed it on the target), when nothing answers, as a paused guest does not.
 * A downtime prober sees the pause as a gap in its replies.
 */
final class GuestUdpEcho implements AutoCloseable {
    private final DatagramSocket socket;
    private final LabState state;
    private final Thread server;

    private GuestUdpEcho(DatagramSocket socket, LabState state) {
        this.socket = socket;
        this.state = state;
        this.server = new Thread(this::serve, "lab-guest-udp-echo");
        server.setDaemon(true);
        server.start();
    }

    static GuestUdpEcho start(int port, LabState state) throws IOException {
        return new GuestUdpEcho(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)), state);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        while (!socket.isClosed()) {
            try {
                packet.setLength(1500);
                socket.receive(packet);
                if (!state.guestPausedAt(state.nowLabS())) {
                    socket.send(new DatagramPacket(packet.getData(), packet.getLength(), packet.getSocketAddress()));
                }
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                // one datagram could not be answered: the next one may
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
