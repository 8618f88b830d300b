package io.migcal.harness.sweep;

import io.migcal.harness.delay.PingSummary;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The RTT ping of one sample, run while the guest is filled and settles. The ping takes about 0.8 s
 * (five echoes 0.2 s apart) and only reads the path the delay already shapes, so it need not hold up
 * the fill: overlapping the two takes it off the time between samples. Its result is awaited before
 * the migration starts, so the row's RTT is still measured before the migration, as before.
 */
final class PingInBackground implements AutoCloseable {
    private final FutureTask<PingSummary> ping;

    private PingInBackground(FutureTask<PingSummary> ping) {
        this.ping = ping;
    }

    /** Starts pinging {@code toNode} from {@code fromNode} on its own daemon thread. */
    static PingInBackground start(NodeRtt rtt, String fromNode, String toNode) {
        FutureTask<PingSummary> task = new FutureTask<>(() -> rtt.ping(fromNode, toNode));
        Thread thread = new Thread(task, "migcal-ping " + fromNode + "->" + toNode);
        thread.setDaemon(true);
        thread.start();
        return new PingInBackground(task);
    }

    /** The ping's summary, or the fault that ended it, as if it had been called here. */
    PingSummary await() throws IOException, InterruptedException {
        try {
            return ping.get();
        } catch (CancellationException e) {
            throw new InterruptedException("RTT ping cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("RTT ping failed", cause);
        }
    }

    /** Stops a ping nobody will wait for (the sample ended early): its SSH command is cut off. */
    @Override
    public void close() {
        ping.cancel(true);
    }
}
