package io.migcal.harness.probe;

import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * UDP echo (RFC 862) sent by the harness itself: an 8-byte sequence number every {@code interval} on
 * the harness's clock, each reply timestamped on that clock as it arrives (on a virtual lab, lab time).
 * A reply whose sequence number was not sent, or came twice, is not counted.
 */
public final class UdpEchoProbe implements EchoProbe {
    private static final int RECEIVE_TIMEOUT_MS = 50;

    private final InetSocketAddress target;
    private final long intervalMs;
    private final MonotonicClock clock;

    public UdpEchoProbe(String hostPort, long intervalMs, MonotonicClock clock) {
        int colon = hostPort.lastIndexOf(':');
        this.target = new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        this.intervalMs = intervalMs;
        this.clock = clock;
    }

    @Override
    public Running start() throws IOException {
        DatagramSocket channel = new DatagramSocket();
        channel.connect(target);
        channel.setSoTimeout(RECEIVE_TIMEOUT_MS);
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        List<Double> replyMs = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Thread sender = thread("udp-echo-send", () -> send(channel, sending, sent));
        Thread receiver = thread("udp-echo-receive", () -> receive(channel, sending, sent, seen, replyMs));
        return () -> {
            sending.set(false);
            sender.join(5000);
            receiver.join(5000);
            channel.close();
            synchronized (replyMs) {
                return EchoGaps.of(List.copyOf(replyMs), sent.get() - replyMs.size());
            }
        };
    }

    private void send(DatagramSocket channel, AtomicBoolean sending, AtomicInteger sent) {
        try {
            while (sending.get()) {
                byte[] seq = ByteBuffer.allocate(Long.BYTES).putLong(sent.get()).array();
                try {
                    channel.send(new DatagramPacket(seq, seq.length));
                    sent.incrementAndGet();
                } catch (java.net.PortUnreachableException e) {
                    sent.incrementAndGet();   // nothing listens (yet): a lost echo, not an end
                }
                clock.sleepMillis(intervalMs);
            }
        } catch (IOException | InterruptedException e) {
            sending.set(false);
        }
    }

    private void receive(DatagramSocket socket, AtomicBoolean sending, AtomicInteger sent, java.util.Set<Long> seen,
            List<Double> replyMs) {
        DatagramPacket packet = new DatagramPacket(new byte[64], 64);
        while (sending.get()) {
            try {
                socket.receive(packet);
                double atMs = clock.nanoTime() / 1e6;
                if (packet.getLength() == Long.BYTES) {
                    long seq = ByteBuffer.wrap(packet.getData(), 0, Long.BYTES).getLong();
                    if (seq < sent.get() && seen.add(seq)) {
                        synchronized (replyMs) {
                            replyMs.add(atMs);
                        }
                    }
                }
            } catch (SocketTimeoutException e) {
                // nothing within the timeout: look whether to stop, then wait again
            } catch (IOException e) {
                if (!sending.get()) {
                    return;
                }
            }
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
