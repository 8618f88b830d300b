package io.migcal.harness.pve.tasklog;

import io.migcal.harness.pve.tasklog.MigrationTimeline.LogFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Proxmox migration task log line by line (as paged from the API or streamed by
 * {@code qm migrate}) into a {@link MigrationTimeline}. Both progress formats are understood: raw
 * byte counts before qemu-server 6.4 and rendered sizes since; unknown lines are skipped.
 */
public final class TaskLogParser {
    private static final Pattern OLD_PROGRESS = Pattern.compile(
            "^migration status: active \\(transferred (\\d+), remaining (\\d+)\\), total (\\d+)\\)");
    private static final Pattern NEW_PROGRESS = Pattern.compile(
            "^migration (?:active|device), transferred (\\S+ \\S+) of (\\S+ \\S+) VM-state(?: \\(\\+ [^)]*\\))?, (\\S+ \\S+)/s");
    private static final Pattern DIRTIES = Pattern.compile(", VM dirties lots of memory: (\\S+ \\S+)/s");
    private static final Pattern TUNNEL = Pattern.compile("^starting online/live migration on (\\S+)");
    private static final Pattern OLD_SPEED = Pattern.compile("^migrate_set_speed: (\\d+)");
    private static final Pattern NEW_SPEED = Pattern.compile("^migration speed limit: (\\S+(?: \\S+)?)/s");
    private static final Pattern OLD_DOWNTIME = Pattern.compile("^migrate_set_downtime: (\\d+(?:\\.\\d+)?)");
    private static final Pattern NEW_DOWNTIME = Pattern.compile("^migration downtime limit: (\\d+) ms");
    private static final Pattern RAISED_DOWNTIME = Pattern.compile("^auto-increased downtime to continue migration: (\\d+) ms");
    private static final Pattern OLD_CACHE = Pattern.compile("^set cachesize: (\\d+)");
    private static final Pattern NEW_CACHE = Pattern.compile("^migration cachesize: (\\S+(?: \\S+)?)$");
    private static final Pattern DOWNTIME = Pattern.compile("migration speed: .* - downtime (\\d+) ms");
    private static final Pattern COMPLETED_BYTES = Pattern.compile("^migration completed, transferred (\\S+ \\S+) VM-state");
    private static final Pattern FINISHED = Pattern.compile("^migration finished successfull?y \\(duration (\\d+):(\\d\\d):(\\d\\d)\\)");
    private static final Pattern FAILED = Pattern.compile("^ERROR: migration (?:aborted|finished with problems) \\(duration (\\d+):(\\d\\d):(\\d\\d)\\)");
    private static final Pattern ERROR = Pattern.compile("^ERROR: (.*)$");
    private static final Pattern TASK_END = Pattern.compile("^TASK (OK|ERROR: .*|WARNINGS: .*)$");

    private LogFormat format = LogFormat.UNKNOWN;
    private boolean startedByHa;
    private LocalDateTime startedAt;
    private MigrationType migrationType;
    private Long speedLimitBytesPerS;
    private Double downtimeLimitMs;
    private Double finalDowntimeLimitMs;
    private Long cacheSizeBytes;
    private Long dirtyRateBytesPerS;
    private LocalDateTime migrateCommandAt;
    private final List<LogProgress> progress = new ArrayList<>();
    private Long downtimeMs;
    private Long completedTransferredBytes;
    private LocalDateTime completedAt;
    private LocalDateTime finishedAt;
    private boolean finishedSuccessfully;
    private Long durationS;
    private final List<String> errors = new ArrayList<>();
    private TaskEnd taskEnd;

    /** Parses a whole log. */
    public static MigrationTimeline parse(List<String> lines) {
        TaskLogParser parser = new TaskLogParser();
        lines.forEach(parser::accept);
        return parser.timeline();
    }

    /** Takes the next log line. */
    public void accept(String rawLine) {
        LogLine line = LogLine.of(rawLine);
        String text = line.text();
        if (text.equals("task started by HA resource agent")) {
            startedByHa = true;
        } else if (text.startsWith("starting migration of VM ")) {
            startedAt = line.at();
        } else if (text.startsWith("start migrate command to ")) {
            migrateCommandAt = line.at();
        } else if (text.equals("migration status: completed")) {
            completedAt = line.at();
        } else if (!progressLine(line) && !setupLine(text)) {
            endLine(line);
        }
    }

    private boolean progressLine(LogLine line) {
        Matcher old = OLD_PROGRESS.matcher(line.text());
        if (old.find()) {
            format = LogFormat.RAW_BYTES_BEFORE_6_4;
            progress.add(new LogProgress(line.at(), Long.parseLong(old.group(1)), Long.parseLong(old.group(2)),
                    Long.parseLong(old.group(3)), null));
            return true;
        }
        Matcher rendered = NEW_PROGRESS.matcher(line.text());
        if (rendered.find()) {
            format = LogFormat.RENDERED_SINCE_6_4;
            long sent = ByteSize.parse(rendered.group(1));
            Long total = ByteSize.parse(rendered.group(2));
            Long rate = ByteSize.parse(rendered.group(3));
            Long remaining = total == null ? null : Math.max(0, total - sent);
            progress.add(new LogProgress(line.at(), sent, remaining, total, rate == null ? null : rate.doubleValue()));
            Matcher dirties = DIRTIES.matcher(line.text());
            if (dirties.find()) {
                dirtyRateBytesPerS = ByteSize.parse(dirties.group(1));
            }
            return true;
        }
        return false;
    }

    private boolean setupLine(String text) {
        Matcher m;
        if ((m = TUNNEL.matcher(text)).find()) {
            migrationType = m.group(1).startsWith("tcp:") ? MigrationType.INSECURE : MigrationType.SECURE;
        } else if ((m = OLD_SPEED.matcher(text)).find()) {
            speedLimitBytesPerS = Long.parseLong(m.group(1));
        } else if ((m = NEW_SPEED.matcher(text)).find()) {
            speedLimitBytesPerS = ByteSize.parse(m.group(1));
        } else if ((m = OLD_DOWNTIME.matcher(text)).find()) {
            downtimeLimit(Double.parseDouble(m.group(1)) * 1000.0);
        } else if ((m = NEW_DOWNTIME.matcher(text)).find() || (m = RAISED_DOWNTIME.matcher(text)).find()) {
            downtimeLimit(Double.parseDouble(m.group(1)));
        } else if ((m = OLD_CACHE.matcher(text)).find()) {
            cacheSizeBytes = Long.parseLong(m.group(1));
        } else if ((m = NEW_CACHE.matcher(text)).find()) {
            cacheSizeBytes = ByteSize.parse(m.group(1));
        } else {
            return false;
        }
        return true;
    }

    private void downtimeLimit(double ms) {
        if (downtimeLimitMs == null) {
            downtimeLimitMs = ms;
        }
        finalDowntimeLimitMs = ms;
    }

    private void endLine(LogLine line) {
        String text = line.text();
        Matcher m;
        if ((m = DOWNTIME.matcher(text)).find()) {
            downtimeMs = Long.parseLong(m.group(1));
        } else if ((m = COMPLETED_BYTES.matcher(text)).find()) {
            completedTransferredBytes = ByteSize.parse(m.group(1));
        } else if ((m = FINISHED.matcher(text)).find()) {
            finishedAt = line.at();
            finishedSuccessfully = true;
            durationS = hms(m);
        } else if ((m = TASK_END.matcher(text)).matches()) {
            String status = m.group(1);
            taskEnd = TaskEnd.fromExitStatus(status.startsWith("ERROR: ") ? status.substring(7) : status);
        } else if ((m = ERROR.matcher(text)).find()) {
            errors.add(m.group(1));
            Matcher failed = FAILED.matcher(text);
            if (failed.find()) {
                finishedAt = line.at();
                durationS = hms(failed);
            }
        }
    }

    private static long hms(Matcher m) {
        return Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
    }

    /** What has been read so far. */
    public MigrationTimeline timeline() {
        return new MigrationTimeline(format, startedByHa, startedAt, migrationType, speedLimitBytesPerS,
                downtimeLimitMs, finalDowntimeLimitMs, cacheSizeBytes, migrateCommandAt, progress, downtimeMs,
                completedTransferredBytes, completedAt, finishedAt, finishedSuccessfully, durationS, errors, taskEnd,
                dirtyRateBytesPerS);
    }
}
