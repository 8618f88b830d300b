package io.migcal.harness.cli;

import io.migcal.harness.config.LabClockConfig;
import io.migcal.harness.config.LabConfigWriter;
import io.migcal.harness.config.SweepConfig;
import io.migcal.harness.lab.VirtualLabConfig;

import io.migcal.harness.lab.LabDescriptor;
import io.migcal.harness.lab.LabDescriptorText;
import io.migcal.harness.lab.LabTopology;
import io.migcal.harness.lab.VirtualLab;
import io.migcal.harness.lab.VirtualLabSettings;
import io.migcal.harness.lab.pve.EmulatedRelease;
import io.migcal.harness.lab.truth.CongestionControl;
import io.migcal.harness.lab.truth.GroundTruthParameters;
import io.migcal.harness.lab.truth.QueueLossLaw;
import io.migcal.model.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migcal lab serve}: starts a virtual lab, prints its endpoints, serves until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a virtual Proxmox VE lab (HTTPS API + SSH for nodes, delay box, guest) on 127.0.0.1 until Ctrl-C.")
public final class LabServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--state-dir", defaultValue = "migcal-lab", description = "keys, certificate, credentials, lab.json (default: ${DEFAULT-VALUE})")
    Path stateDir;

    @Option(names = "--port-base", defaultValue = "0", description = "API on N, SSH on N+1... (default 0: free ports)")
    int portBase;

    @Option(names = "--pve-version", defaultValue = "8.2", description = "Proxmox VE release to emulate: 8.2, 8.4 or 5.1 (default: ${DEFAULT-VALUE})")
    String pveVersion;

    @Option(names = "--time-compression", defaultValue = "50", description = "lab seconds per wall second (default: ${DEFAULT-VALUE})")
    double timeCompression;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the run-to-run noise (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--congestion-control", defaultValue = "cubic", description = "senders' TCP congestion control: cubic or bbr")
    String congestionControl;

    @Option(names = "--offloads", description = "start the delay box with TSO/GSO/GRO on (default off, like the paper's appliance)")
    boolean offloadsOn;

    @Option(names = "--default-queue-limit", defaultValue = "100",
            description = "packets the delay box queues when tc gives no limit (default: ${DEFAULT-VALUE}, the paper's appliance)")
    int defaultQueueLimit;

    @Option(names = "--queue-loss", defaultValue = "sawtooth",
            description = "loss law of a CUBIC sender behind the delay box's queue: sawtooth (default, calibrated) or knee "
                    + "(no loss while the queue holds the stream's one-way BDP, then losses growing with the shortfall)")
    String queueLoss;

    @Option(names = "--loss-growth-exponent", defaultValue = "4",
            description = "knee law: losses per overflow grow as shortfall^N, so the rate falls as RTT^-(1+N/2) (default: ${DEFAULT-VALUE})")
    double lossGrowthExponent;

    @Option(names = "--ha", description = "the VM is HA-managed (migrations go through a hamigrate task)")
    boolean haManaged;

    @Option(names = "--fail-next-migration", description = "fault: the first migration fails")
    boolean failNext;

    @Option(names = "--hang-next-migration", description = "fault: the first migration hangs until stopped")
    boolean hangNext;

    @Option(names = "--lock-vm", paramLabel = "LOCK", description = "fault: the VM config carries this lock (e.g. backup)")
    String lockVm;

    @Option(names = "--offline-node", paramLabel = "NODE", description = "fault: this node is offline (repeatable)")
    List<String> offlineNodes = List.of();

    @Option(names = "--drop-ssh", paramLabel = "ENDPOINT", description = "fault: this SSH endpoint drops sessions (repeatable)")
    List<String> droppingEndpoints = List.of();

    @Option(names = "--exit-after-seconds", hidden = true, defaultValue = "-1")
    double exitAfterSeconds;

    @Override
    public Integer call() throws Exception {
        VirtualLabSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        try (VirtualLab lab = VirtualLab.start(settings)) {
            applyFaults(lab);
            LabDescriptorText.lines(lab.descriptor()).forEach(out::println);
            out.println("descriptor   " + settings.stateDir().toAbsolutePath().resolve(LabDescriptor.FILE_NAME));
            out.println("lab config   " + writeLabConfig(lab, settings) + (timeCompression == 1 ? ""
                    : " (its lab_clock lets 'migcal check' and 'migcal sweep' time in lab seconds)"));
            out.println(exitAfterSeconds < 0 ? "serving; Ctrl-C stops the lab" : "serving");
            out.flush();
            waitForShutdown();
        }
        return ExitCode.OK;
    }

    /** The harness config for this lab, so {@code migcal check --config} and {@code sweep} can be pointed at it. */
    private static Path writeLabConfig(VirtualLab lab, VirtualLabSettings settings) throws java.io.IOException {
        SweepConfig sweep = new SweepConfig(List.of(0.0, 2.0, 4.0, 6.0, 10.0, 15.0, 20.0, 30.0),
                List.of(Math.round(0.6 * (1L << 30)) - settings.topology().guestBaselineUsedBytes(),
                        (1L << 30) - settings.topology().guestBaselineUsedBytes()),
                3, null, settings.seed(), 1.0, null, null, null, null);
        Path file = settings.stateDir().toAbsolutePath().resolve("lab.yaml");
        java.nio.file.Files.writeString(file, LabConfigWriter.toYaml(VirtualLabConfig.from(lab.descriptor(), sweep,
                lab.descriptor().delayBoxDefaultQueueLimitPackets(), Path.of("results"),
                new LabClockConfig(lab.clock().factor(), lab.clock().labOrigin().toString())),
                "migcal lab config for the virtual lab served from " + settings.stateDir().toAbsolutePath()));
        return file;
    }

    private VirtualLabSettings settings() {
        EmulatedRelease version;
        CongestionControl cc;
        try {
            version = EmulatedRelease.parse(pveVersion);
            cc = CongestionControl.fromSysctl(congestionControl);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--pve-version must be 8.2, 8.4 or 5.1 and --congestion-control cubic or bbr ("
                    + e.getMessage() + ")");
        }
        if (!(timeCompression >= 1)) {
            throw new BadInputException("--time-compression must be >= 1 (lab seconds per wall second), got " + timeCompression);
        }
        if (portBase < 0 || portBase > 65000) {
            throw new BadInputException("--port-base must be 0 (free ports) or 1..65000, got " + portBase);
        }
        LabTopology topology = LabTopology.paperTestbed().withHaManaged(haManaged).withOffloadsOn(offloadsOn)
                .withCongestionControl(cc).withDefaultQueueLimitPackets(positive(defaultQueueLimit));
        for (String node : offlineNodes) {
            if (!topology.nodes().contains(node)) {
                throw new BadInputException("--offline-node " + node + ": the lab's nodes are " + topology.nodes());
            }
        }
        for (String endpoint : droppingEndpoints) {
            if (!topology.nodes().contains(endpoint) && !VirtualLab.DELAY_BOX.equals(endpoint) && !VirtualLab.GUEST.equals(endpoint)) {
                throw new BadInputException("--drop-ssh " + endpoint + ": the lab's SSH endpoints are " + topology.nodes()
                        + ", " + VirtualLab.DELAY_BOX + " and " + VirtualLab.GUEST);
            }
        }
        return VirtualLabSettings.defaults(stateDir).withPortBase(portBase).withPveVersion(version)
                .withTimeCompression(timeCompression).withSeed(seed).withTopology(topology)
                .withTruth(GroundTruthParameters.paperLab().withQueueLossLaw(queueLossLaw()));
    }

    private QueueLossLaw queueLossLaw() {
        if (!(lossGrowthExponent >= 0)) {
            throw new BadInputException("--loss-growth-exponent must be >= 0, got " + lossGrowthExponent);
        }
        return switch (queueLoss) {
            case "sawtooth" -> QueueLossLaw.sawtooth();
            case "knee" -> QueueLossLaw.knee(lossGrowthExponent);
            default -> throw new BadInputException("--queue-loss must be sawtooth or knee, got '" + queueLoss + "'");
        };
    }

    private static int positive(int limit) {
        if (limit <= 0) {
            throw new BadInputException("--default-queue-limit must be > 0 packets, got " + limit);
        }
        return limit;
    }

    private void applyFaults(VirtualLab lab) {
        if (failNext) {
            lab.faults().failNextMigration();
        }
        if (hangNext) {
            lab.faults().hangNextMigration();
        }
        if (lockVm != null) {
            lab.faults().lockVm(lockVm);
        }
        offlineNodes.forEach(n -> lab.faults().setNodeOffline(n, true));
        droppingEndpoints.forEach(e -> lab.faults().setSshDrops(e, true));
    }

    private void waitForShutdown() throws InterruptedException {
        if (exitAfterSeconds >= 0) {
            Thread.sleep((long) (exitAfterSeconds * 1000));
            return;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
    }
}
