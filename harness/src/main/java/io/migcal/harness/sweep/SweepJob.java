package io.migcal.harness.sweep;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LocalPath;
import io.migcal.harness.time.MonotonicClock;
import io.migcal.model.MigcalVersion;
import io.migcal.model.measure.MeasurementCsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One sweep from plan to manifest: a new run (seed fixed, run folder checked, grid expanded), a
 * resumed one (config, seed, columns and refinements read back from the run folder, finished samples
 * skipped), or a refined one (a resumed run with RTT levels added, recorded in the manifest when it
 * starts). Everything that can be wrong with the input fails here, before the lab is touched.
 */
public final class SweepJob {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final LabConfig config;
    private final RunDirectory dir;
    private final SweepPlan plan;
    private final Set<String> finished;
    private final Manifest previous;
    private final List<String> previousColumns;
    private final Refinement refining;

    private SweepJob(LabConfig config, RunDirectory dir, Set<String> finished, Manifest previous,
            List<String> previousColumns, Refinement refining) {
        this.config = config;
        this.dir = dir;
        List<List<Double>> added = new java.util.ArrayList<>();
        if (previous != null) {
            previous.refinements().forEach(r -> added.add(r.addedRttMs()));
        }
        if (refining != null) {
            added.add(refining.addedRttMs());
        }
        this.plan = SweepPlan.refined(config.sweep(), added);
        this.finished = Set.copyOf(finished);
        this.previous = previous;
        this.previousColumns = List.copyOf(previousColumns);
        this.refining = refining == null ? null
                : refining.withSamples(SweepPlan.expand(config.sweep().withRttMs(refining.addedRttMs())).samples().size());
    }

    /** A new run; a config without a seed gets one from {@code seedSource}, recorded in the manifest. */
    public static SweepJob fresh(LabConfig config, MonotonicClock clock, LongSupplier seedSource) {
        Long seed = config.sweep().seed();
        LabConfig fixed = config.withSeed(seed != null ? seed : seedSource.getAsLong());
        Path results = LocalPath.of(fixed.output().resultsDir());
        return new SweepJob(fixed, RunDirectory.planNew(results, RUN_ID.format(clock.now())), Set.of(), null, List.of(),
                null);
    }

    /** Continues the run in {@code runDir} with the config its manifest recorded. */
    public static SweepJob resume(Path runDir) throws IOException {
        return resume(runDir, false);
    }

    /**
     * As {@link #resume(Path)}; samples interrupted, or failed because of what a killed harness left
     * running, run again, and with {@code retryFailed} every failed or timed-out one too.
     */
    public static SweepJob resume(Path runDir, boolean retryFailed) throws IOException {
        RecordedRun run = RecordedRun.open(runDir);
        return new SweepJob(run.config(), run.dir(), SampleLedger.of(run.onDisk().rows()).done(retryFailed),
                run.manifest(), run.onDisk().contextColumns(), null);
    }

    /**
     * Continues the run in {@code runDir} with RTT levels added: {@code rttMs} given by hand, or when
     * null the levels the run's current fit recommends ({@code noise.next_rtt_ms} of its
     * transfer-model.json). The run's own config, seed, fills and repetitions are reused.
     */
    public static SweepJob refine(Path runDir, List<Double> rttMs) throws IOException {
        RecordedRun run = RecordedRun.open(runDir);
        Set<String> done = SampleLedger.of(run.onDisk().rows()).done(false);
        Refinement asked = rttMs != null ? Refinement.byHand(rttMs) : Refinement.recommended(RunFit.recommendation(run.dir()));
        Set<String> unfinishedLevels = new java.util.HashSet<>();
        new SweepJob(run.config(), run.dir(), done, run.manifest(), List.of(), null).remaining()
                .forEach(sample -> unfinishedLevels.add(io.migcal.model.csv.CsvNumbers.format(sample.rttMs())));
        List<Double> levels = NewRttLevels.check(asked.addedRttMs(), run.config().sweep(), run.manifest().refinements(),
                unfinishedLevels, run.dir().path());
        return new SweepJob(run.config(), run.dir(), done, run.manifest(), run.onDisk().contextColumns(),
                asked.withLevels(levels));
    }

    public LabConfig config() {
        return config;
    }

    public RunDirectory directory() {
        return dir;
    }

    public List<PlannedSample> remaining() {
        return plan.remaining(finished);
    }

    /** The dirty-rate and settings axes, when a sweep has more than one level of them. */
    private String extraAxes() {
        int rates = config.sweep().dirtyRateLevels().size();
        int combinations = config.sweep().settingAxes().combinations().size();
        return (rates > 1 ? " x " + rates + " dirty rates" : "")
                + (combinations > 1 ? " x " + combinations + " settings combinations" : "");
    }

    /** What will happen, in one paragraph: printed before the lab is touched. */
    public String describePlan() {
        int total = plan.samples().size();
        long rtts = plan.samples().stream().mapToDouble(PlannedSample::rttMs).distinct().count();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "plan: %d samples (%d RTTs x %d fills%s x %d repetitions), order %s, seed %d%n",
                total, rtts, config.sweep().fillBytes().size(), extraAxes(), config.sweep().repetitions(),
                config.sweep().order().name().toLowerCase(Locale.ROOT), plan.seed()));
        if (previous != null) {
            previous.refinements().forEach(r -> text.append("      refined ").append(r.addedAt()).append(": ")
                    .append(r.describe()).append(System.lineSeparator()));
        }
        if (refining != null) {
            text.append("      refining now: ").append(refining.describe()).append(System.lineSeparator());
        }
        return text.append(String.format(Locale.ROOT, "      %d already done, %d to run, estimated %s; writing to %s",
                total - remaining().size(), remaining().size(),
                ProgressBar.format(SweepPlan.estimate(remaining(), config.sweep(), linkRateMbit())), dir.path()))
                .toString();
    }

    private double linkRateMbit() {
        Double rate = config.delay().linkRateMbit();
        return rate == null ? 1000 : rate;
    }

    /** Runs what remains against {@code lab}; the manifest is written before the first sample and at the end. */
    public SweepOutcome execute(LabSession lab, SweepListener progress) throws IOException, InterruptedException {
        return execute(lab, progress, new StopSignal());
    }

    /** As {@link #execute(LabSession, SweepListener)}, ending early (lab restored) once {@code stop} is requested. */
    public SweepOutcome execute(LabSession lab, SweepListener progress, StopSignal stop)
            throws IOException, InterruptedException {
        // a setting the hypervisor's version or login cannot take stops the sweep before it measures anything
        lab.hypervisor().refuseUnsupported(config.sweep().settingAxes().settings());
        dir.create();
        boolean torn = MeasurementsOnDisk.dropTornLastLine(dir.measurements());
        List<String> columns = previousColumns.isEmpty()
                ? ContextColumns.declare(lab, config.sweep().settingAxes(), config.downtimeProbe() != null)
                : previousColumns;
        String now = lab.clock().now().toString();
        Manifest manifest = previous == null ? newManifest(lab, columns)
                : refining != null ? previous.refined(refining.at(now)) : previous.resumed(now);
        ManifestFile.write(dir.manifest(), manifest);
        try (RunLog log = new RunLog(dir.log(), lab.clock());
                MeasurementCsvWriter writer = MeasurementCsvWriter.append(dir.measurements(), columns)) {
            log.note(previous == null ? "run " + manifest.runId() + " started"
                    : refining != null ? "run " + manifest.runId() + " refined: " + refining.describe()
                    : "run " + manifest.runId() + " resumed");
            if (torn) {
                log.note("dropped a half-written last line of measurements.csv (the previous process was killed mid-write)");
            }
            SweepRunner runner = new SweepRunner(lab, new RunIdentity(manifest.runId(), lab.method(), config.migration()),
                    config.sweep(), config.delay().queueLimitPackets(), writer, SweepListener.both(progress, log), stop,
                    config.reconnect().sampleRepeats(), new ProgressHistory(dir.path().resolve(ProgressHistory.FOLDER)));
            SweepOutcome outcome = runner.run(remaining(), plan.samples().size() - remaining().size(),
                    plan.samples().size());
            log.note("run ended: " + outcome.ending().name().toLowerCase(Locale.ROOT) + ": " + outcome.message());
            ManifestFile.write(dir.manifest(), manifest.ended(lab.clock().now().toString(), outcome));
            return outcome;
        }
    }

    /** The grid as {@code measurements.csv} now holds it: which planned samples failed or have not run. */
    public GridStatus grid() throws IOException {
        SampleLedger ledger = SampleLedger.of(MeasurementsOnDisk.read(dir.measurements()).rows());
        Set<String> done = ledger.done(false);
        Set<String> failed = Set.copyOf(ledger.failed());
        List<String> planned = plan.samples().stream().map(PlannedSample::sampleId).toList();
        return new GridStatus(planned.size(), planned.stream().filter(failed::contains).toList(),
                planned.stream().filter(id -> !done.contains(id) && !failed.contains(id)).toList());
    }

    private Manifest newManifest(LabSession lab, List<String> columns) throws IOException, InterruptedException {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("hypervisor", lab.hypervisor().describe());
        versions.putAll(lab.versions().read());
        String jdk = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version");
        return new Manifest(dir.path().getFileName().toString(), MigcalVersion.current(), jdk, versions, plan.seed(),
                config.sweep().order().name().toLowerCase(Locale.ROOT), plan.samples().size(), columns,
                lab.timeCompression() == 1.0 ? null : lab.timeCompression(), lab.clock().now().toString(), List.of(),
                null, null, null, ManifestFile.configTree(config), List.of());
    }
}
