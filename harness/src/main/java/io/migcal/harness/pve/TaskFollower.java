package io.migcal.harness.pve;

import io.migcal.harness.pve.tasklog.TaskLogParser;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;

/**
 * Follows one Proxmox task to its end: polls its status finely, pages its log into a parser less
 * often, and when the deadline passes cancels it ({@code DELETE}) and keeps following until it
 * stops or the grace time runs out. All waiting goes through the injected clock.
 */
final class TaskFollower {

    /**
     * How following ended. {@code stoppedAtNanos} is the clock reading when {@code stopped} was
     * first seen (or when the harness gave up); {@code cancelError} is why a DELETE failed, if it did.
     */
    record Result(TaskStatus status, long stoppedAtNanos, boolean cancelled, boolean gaveUp, String cancelError,
            int failedPolls) {
    }

    /** Polls in a row that may fail (a proxied node restarting, a dropped connection) before following gives up. */
    static final int MAX_FAILED_POLLS_IN_A_ROW = 20;

    private final PveApi api;
    private final MonotonicClock clock;
    private final FollowSettings settings;

    TaskFollower(PveApi api, MonotonicClock clock, FollowSettings settings) {
        this.api = api;
        this.clock = clock;
        this.settings = settings;
    }

    Result follow(Upid upid, TaskLogParser parser, long deadlineNanos) throws IOException, InterruptedException {
        LogCursor log = new LogCursor(upid, parser);
        long lastLogNanos = clock.nanoTime();
        long cancelledAtNanos = 0;
        boolean cancelled = false;
        String cancelError = null;
        StatusPoller poller = new StatusPoller(upid);
        while (true) {
            TaskStatus status = poller.poll();
            long now = clock.nanoTime();
            if (status.stopped()) {
                log.drain();
                return new Result(status, now, cancelled, false, cancelError, poller.failedPolls);
            }
            if (now - lastLogNanos >= settings.logPoll().toNanos()) {
                log.drain();
                lastLogNanos = now;
            }
            if (!cancelled && now >= deadlineNanos) {
                cancelError = cancel(upid);
                cancelled = true;
                cancelledAtNanos = now;
            } else if (cancelled && now - cancelledAtNanos >= settings.cancelGrace().toNanos()) {
                log.drain();
                return new Result(status, now, true, true, cancelError, poller.failedPolls);
            }
            clock.sleepMillis(settings.statusPoll().toMillis());
        }
    }

    private String cancel(Upid upid) throws IOException, InterruptedException {
        try {
            api.stopTask(upid);
            return null;
        } catch (PveApiException e) {
            return e.getMessage();
        }
    }

    /**
     * Polls the status, riding out short API failures: a migration keeps running when one poll
     * fails, and giving up there would lose the sample. A failed poll reads as still running.
     */
    private final class StatusPoller {
        private final Upid upid;
        private int failedInARow;
        private int failedPolls;

        StatusPoller(Upid upid) {
            this.upid = upid;
        }

        TaskStatus poll() throws IOException, InterruptedException {
            try {
                TaskStatus status = api.taskStatus(upid);
                failedInARow = 0;
                return status;
            } catch (PveApiException e) {
                if (e.httpStatus() == 401 || e.httpStatus() == 403) {
                    throw new PveApiException("GET task status", e.httpStatus(), e.reason() + "; tasks started by HA "
                            + "run as root@pam, so the API user needs Sys.Audit on /nodes/" + upid.node() + " to follow them");
                }
                return failed(e);
            } catch (io.migcal.harness.reconnect.LinkDownException e) {
                throw e; // already retried for the whole reconnect budget: more polls would only wait longer
            } catch (IOException e) {
                return failed(e);
            }
        }

        private TaskStatus failed(IOException e) throws IOException {
            failedPolls++;
            if (++failedInARow >= MAX_FAILED_POLLS_IN_A_ROW) {
                throw new IOException("following task " + upid.text() + ": " + failedInARow
                        + " status polls failed in a row, the last with: " + e.getMessage(), e);
            }
            return new TaskStatus("running", null);
        }
    }

    /** Where the next log page starts; feeds every new line to the parser exactly once. */
    private final class LogCursor {
        private final Upid upid;
        private final TaskLogParser parser;
        private int next;

        LogCursor(Upid upid, TaskLogParser parser) {
            this.upid = upid;
            this.parser = parser;
        }

        void drain() throws IOException, InterruptedException {
            TaskLogPage page;
            do {
                page = api.taskLog(upid, next);
                page.lines().forEach(parser::accept);
                next = page.nextStart();
            } while (page.lines().size() >= PveApi.LOG_PAGE_LINES);
        }
    }
}
