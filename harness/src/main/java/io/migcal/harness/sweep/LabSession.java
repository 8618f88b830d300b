package io.migcal.harness.sweep;

import io.migcal.harness.delay.DelayController;
import io.migcal.harness.guest.GuestLoad;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.reconnect.ReconnectJournal;
import io.migcal.harness.time.MonotonicClock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a sweep touches in a lab, behind the seams: a real Proxmox lab, the virtual lab and
 * the local QEMU lab all arrive as one of these. The clock tells lab time (every sleep and timing
 * goes through it); {@code timeCompression} is how many lab seconds pass per wall second (1 for real
 * labs; the virtual lab may run faster) and is recorded in the manifest. {@code method} names the
 * migration driver in every row ({@code proxmox-api}, {@code qm-ssh}, {@code qmp}). {@code reconnects}
 * is the journal every shell and API client of the session writes its retries to.
 */
public record LabSession(
        String method,
        Hypervisor hypervisor,
        MigrationCanceller canceller,
        DelayController delay,
        GuestLoad guestLoad,
        NodeRtt rtt,
        List<ContextSource> contextSources,
        VersionSource versions,
        MonotonicClock clock,
        double timeCompression,
        List<AutoCloseable> resources,
        ReconnectJournal reconnects) implements AutoCloseable {

    /** A session whose connections never retry (an empty journal). */
    public LabSession(String method, Hypervisor hypervisor, MigrationCanceller canceller, DelayController delay,
            GuestLoad guestLoad, NodeRtt rtt, List<ContextSource> contextSources, VersionSource versions,
            MonotonicClock clock, double timeCompression, List<AutoCloseable> resources) {
        this(method, hypervisor, canceller, delay, guestLoad, rtt, contextSources, versions, clock, timeCompression,
                resources, null);
    }

    /** Versions for the manifest (hypervisor, QEMU, kernel...), read once per run. */
    @FunctionalInterface
    public interface VersionSource {
        Map<String, String> read() throws java.io.IOException, InterruptedException;
    }

    public LabSession {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(hypervisor, "hypervisor");
        canceller = canceller == null ? MigrationCanceller.NONE : canceller;
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(guestLoad, "guestLoad");
        Objects.requireNonNull(rtt, "rtt");
        Objects.requireNonNull(clock, "clock");
        contextSources = List.copyOf(contextSources);
        versions = versions == null ? Map::of : versions;
        resources = List.copyOf(resources);
        reconnects = reconnects == null ? new ReconnectJournal() : reconnects;
        if (!(timeCompression > 0)) {
            throw new IllegalArgumentException("time compression must be > 0, got " + timeCompression);
        }
    }

    /** Closes the SSH sessions and HTTP clients the connector opened; problems are not the run's concern. */
    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // closing a connection that already broke is expected after a lab fault
            }
        }
    }
}
