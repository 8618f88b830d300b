package io.migcal.harness.bench;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.guest.GuestLoad;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabConfig;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.NodeRtt;
import io.migcal.harness.sweep.PlannedSample;
import io.migcal.harness.sweep.SweepJob;
import io.migcal.harness.sweep.SweepListener;
import io.migcal.harness.sweep.connect.ProxmoxLabConnector;
import io.migcal.model.measure.MeasurementRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sweep's time per sample beyond the migration, the fill and {@code settle_s}: SSH commands for
 * the delay, the context columns, the ping, locating the VM, stopping the load. Measured on the
 * virtual lab at time compression 1 (so wall time is lab time), through the real Proxmox connector
 * (JSch and OkHttp on loopback). The fill and the migrate call are timed around the seams and taken
 * out; what is left is the harness's own overhead.
 *
 * <pre>mvn -o -B -q -pl harness -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.migcal.harness.bench.SampleOverheadBench -Dexec.args="12"</pre>
 * or run its {@code main} from the test class path. The argument is the number of samples (default 12).
 */
public final class SampleOverheadBench {
    private static final double SETTLE_S = 1.0;
    private static final long FILL_BYTES = 64L << 20;

    private SampleOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        Path dir = Files.createTempDirectory("migcal-overhead-bench");
        try (VirtualLab lab = VirtualLab.start(VirtualLabSettings.defaults(dir.resolve("vlab")).withTimeCompression(1))) {
            SweepConfig sweep = new SweepConfig(List.of(0.0), List.of(FILL_BYTES), samples, SweepConfig.Order.GRID, 1L,
                    SETTLE_S, 600.0, 1000.0, null, null);
            LabConfig config = VirtualLabConfig.from(lab.descriptor(), sweep, 100, dir.resolve("runs"));
            Timings timings = new Timings(samples);
            try (LabSession session = timed(new ProxmoxLabConnector(lab.clock(), 1.0).connect(config), timings)) {
                SweepJob.fresh(config, lab.clock(), () -> 1L).execute(session, timings);
            }
            timings.report(SETTLE_S);
        }
    }

    private static LabSession timed(LabSession s, Timings timings) {
        return new LabSession(s.method(), timings.hypervisor(s.hypervisor()), s.canceller(), s.delay(),
                timings.guestLoad(s.guestLoad()), timings.rtt(s.rtt()), s.contextSources(), s.versions(), s.clock(),
                s.timeCompression(), s.resources(), s.reconnects());
    }

    /** Wall time per sample, and within it the fill and the migrate call. */
    static final class Timings implements SweepListener {
        private final long[] startedNs;
        private final long[] endedNs;
        private final long[] fillNs;
        private final long[] migrateNs;
        private final long[] pingNs;
        private int current = -1;

        Timings(int samples) {
            startedNs = new long[samples];
            endedNs = new long[samples];
            fillNs = new long[samples];
            migrateNs = new long[samples];
            pingNs = new long[samples];
        }

        @Override
        public void sampleStarted(PlannedSample sample, int doneSoFar, int total) {
            current = doneSoFar;
            startedNs[current] = System.nanoTime();
        }

        @Override
        public void sampleEnded(MeasurementRow row, int doneSoFar, int total) {
            endedNs[current] = System.nanoTime();
            if (!"OK".equals(row.status().name())) {
                System.err.println("sample " + row.sampleId() + " ended " + row.status() + ": " + row.error());
            }
        }

        @Override
        public void note(String line) {
            // teardown and leftover notes are not part of the figure
        }

        Hypervisor hypervisor(Hypervisor inner) {
            return new Hypervisor() {
                @Override
                public String describe() throws IOException, InterruptedException {
                    return inner.describe();
                }

                @Override
                public String locate(String vmId) throws IOException, InterruptedException {
                    return inner.locate(vmId);
                }

                @Override
                public MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException {
                    long t0 = System.nanoTime();
                    try {
                        return inner.migrate(request);
                    } finally {
                        migrateNs[current] += System.nanoTime() - t0;
                    }
                }
            };
        }

        /** The ping runs beside the fill: its own time is reported, to show what overlapping it saves. */
        NodeRtt rtt(NodeRtt inner) {
            return (from, to) -> {
                int sample = current;
                long t0 = System.nanoTime();
                try {
                    return inner.ping(from, to);
                } finally {
                    pingNs[sample] += System.nanoTime() - t0;
                }
            };
        }

        GuestLoad guestLoad(GuestLoad inner) {
            return new GuestLoad() {
                @Override
                public void fill(long bytes, Duration timeout) throws IOException, InterruptedException {
                    long t0 = System.nanoTime();
                    try {
                        inner.fill(bytes, timeout);
                    } finally {
                        fillNs[current] += System.nanoTime() - t0;
                    }
                }

                @Override
                public long usedBytes() throws IOException, InterruptedException {
                    return inner.usedBytes();
                }

                @Override
                public void stop() throws IOException, InterruptedException {
                    inner.stop();
                }
            };
        }

        /** Per sample: start to the next start (the last: to its end) minus fill, migration and settle. */
        void report(double settleS) {
            int n = startedNs.length;
            double[] overheadS = new double[n];
            for (int i = 0; i < n; i++) {
                long until = i + 1 < n ? startedNs[i + 1] : endedNs[i];
                overheadS[i] = (until - startedNs[i] - fillNs[i] - migrateNs[i]) / 1e9 - settleS;
            }
            double[] sorted = overheadS.clone();
            Arrays.sort(sorted);
            List<String> each = new ArrayList<>();
            for (double s : overheadS) {
                each.add(String.format(Locale.ROOT, "%.3f", s));
            }
            System.out.printf(Locale.ROOT, "per-sample overhead over %d samples: median %.3f s, mean %.3f s, "
                    + "min %.3f s, max %.3f s%n  each: %s%n", n, sorted[n / 2], Arrays.stream(overheadS).average().orElse(0),
                    sorted[0], sorted[n - 1], String.join(" ", each));
            long[] ping = pingNs.clone();
            Arrays.sort(ping);
            System.out.printf(Locale.ROOT, "  the RTT ping, overlapped with the fill and settle: median %.3f s per sample%n",
                    ping[n / 2] / 1e9);
        }
    }
}
