package io.migcal.harness.soak;

import io.migcal.harness.lab.VirtualLab;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Injects one fault at a time into a running virtual lab, at wall-clock moments and of kinds drawn
 * from its own seed, until stopped. The schedule is reproducible from the seed; where each fault lands
 * in a sample depends on how fast the machine runs the sweep.
 */
final class FaultInjector implements Runnable {
    private static final List<String> ENDPOINTS = List.of("pve1", "pve2", VirtualLab.DELAY_BOX, VirtualLab.GUEST);

    private final VirtualLab lab;
    private final Random random;
    private final long meanGapMillis;
    private final double apiStallLabS;
    private final Runnable killHarness;
    private final Map<FaultKind, Integer> injected = new EnumMap<>(FaultKind.class);
    private volatile boolean stopped;

    /** {@code apiStallLabS} must exceed the harness's API timeout; {@code killHarness} stops the sweep. */
    FaultInjector(VirtualLab lab, long seed, long meanGapMillis, double apiStallLabS, Runnable killHarness) {
        this.lab = lab;
        this.random = new Random(seed);
        this.meanGapMillis = meanGapMillis;
        this.apiStallLabS = apiStallLabS;
        this.killHarness = killHarness;
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                Thread.sleep(Math.max(50, Math.round(-Math.log(1 - random.nextDouble()) * meanGapMillis)));
                if (!stopped) {
                    inject(FaultKind.values()[random.nextInt(FaultKind.values().length)]);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void inject(FaultKind kind) {
        String endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
        double outageLabS = 3 + random.nextDouble() * 12;
        switch (kind) {
            case SSH_SESSIONS_DROPPED -> lab.dropSshSessions(endpoint);
            case SSHD_REFUSING -> {
                lab.faults().refuseSsh(endpoint, outageLabS);
                lab.dropSshSessions(endpoint);
            }
            case API_5XX -> lab.faults().apiUnavailable(outageLabS);
            case API_TIMEOUT -> lab.faults().stallApiReplies(1, apiStallLabS);
            case SLOW_TASK_LOG -> lab.faults().slowTaskLog(2, 60);
            case MIGRATION_FAILS -> lab.faults().failNextMigration();
            case HARNESS_KILLED -> killHarness.run();
        }
        synchronized (injected) {
            injected.merge(kind, 1, Integer::sum);
        }
    }

    void stop() {
        stopped = true;
    }

    Map<FaultKind, Integer> injected() {
        synchronized (injected) {
            Map<FaultKind, Integer> copy = new EnumMap<>(FaultKind.class);
            for (FaultKind kind : FaultKind.values()) {
                copy.put(kind, injected.getOrDefault(kind, 0));
            }
            return copy;
        }
    }
}
