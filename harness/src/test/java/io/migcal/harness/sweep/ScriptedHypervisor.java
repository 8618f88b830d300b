package io.migcal.harness.sweep;

import io.migcal.harness.migrate.Hypervisor;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.MigrationRequest;
import io.migcal.model.measure.SampleStatus;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A hypervisor that moves the VM as told and answers each migration from a script: success by
 * default, a task error, a hang until interrupted (then cancels, as the real drivers do), or a lost
 * connection.
 */
public final class ScriptedHypervisor implements Hypervisor {
    public enum Answer { OK, TASK_ERROR, HANG, LOST_CONNECTION }

    public final List<MigrationRequest> requests = new ArrayList<>();
    public final CountDownLatch migrating = new CountDownLatch(1);
    public volatile boolean cancelledOnInterrupt;
    public volatile int cancelCalls;
    /** How long a successful migration takes, in real milliseconds (for tests that kill the process). */
    public volatile long migrationMillis;
    private final Deque<Answer> script = new ArrayDeque<>();
    private String location;

    ScriptedHypervisor(String startNode) {
        this.location = startNode;
    }

    public ScriptedHypervisor then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    @Override
    public String describe() {
        return "scripted 1.0";
    }

    @Override
    public synchronized String locate(String vmId) {
        return location;
    }

    @Override
    public MigrationOutcome migrate(MigrationRequest request) throws IOException, InterruptedException {
        Answer answer;
        synchronized (this) {
            requests.add(request);
            answer = script.isEmpty() ? Answer.OK : script.poll();
        }
        switch (answer) {
            case TASK_ERROR:
                return outcome(SampleStatus.FAILED, "migration aborted", "TASK ERROR: migration problems");
            case LOST_CONNECTION:
                throw new IOException("connection reset by peer");
            case HANG:
                migrating.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    cancelledOnInterrupt = true;
                    throw e;
                }
                throw new IllegalStateException("the test never interrupted the hanging migration");
            default:
                Thread.sleep(migrationMillis);
                synchronized (this) {
                    location = request.targetNode();
                }
                return outcome(SampleStatus.OK, null, null);
        }
    }

    /** Teardown's question; this hypervisor never leaves a migration behind, so it only counts the calls. */
    public List<String> cancelRunning(String vmId) {
        cancelCalls++;
        return List.of();
    }

    private static MigrationOutcome outcome(SampleStatus status, String stage, String error) {
        boolean ok = status == SampleStatus.OK;
        return new MigrationOutcome(status, ok ? 12.5 : null, ok ? 11.0 : null, 13.0, ok ? 42.0 : null,
                ok ? 700_000_000L : null, 500.0, stage, error, List.of(), Map.of("upid", "UPID:pve1:0001"));
    }
}
