package io.migcal.harness.sweep;

import io.migcal.harness.guest.GuestProgress;
import io.migcal.harness.migrate.MigrationOutcome;
import io.migcal.harness.migrate.ProgressPoint;
import java.util.List;
import java.util.Locale;

/**
 * The columns about the guest's load during a sample (docs/record-schema.md): the dirty rate the
 * hypervisor measured, beside the rate the sweep set, and the guest's slowdown during the migration
 * from its progress meter. Declared on every run; empty when not measured.
 */
final class GuestLoadColumns {
    static final String DIRTY_RATE_MEASURED = MigrationOutcome.MEASURED_DIRTY_RATE;
    static final String SLOWDOWN = "guest_progress_slowdown_ratio";
    static final String BASELINE_UNIT = "guest_work_unit_baseline_ms";
    static final String UNITS_DURING = "guest_work_units_during_migration";
    private static final double EDGE_S = 1.0;

    private GuestLoadColumns() {
    }

    static List<String> columns() {
        return List.of(DIRTY_RATE_MEASURED, SLOWDOWN, BASELINE_UNIT, UNITS_DURING);
    }

    static void dirtyRateInto(SampleRecord record, MigrationOutcome outcome) {
        record.context(DIRTY_RATE_MEASURED, outcome.details().get(MigrationOutcome.MEASURED_DIRTY_RATE));
    }

    /**
     * The slowdown while memory was copied, on the guest's clock ({@code guestStartNs}: the guest's
     * clock when the migrate call was made): from the first to the last progress point the hypervisor reported,
     * so a Proxmox task's fixed costs before and after the copy (tunnel, target start, phase 3) do not
     * dilute it, less a second at each end when it is long enough (the log's whole-second stamps); with
     * fewer than two points, the whole time the harness timed.
     */
    static void slowdownInto(SampleRecord record, GuestProgress progress, long guestStartNs, MigrationOutcome outcome) {
        if (outcome == null || outcome.transferTimeS() == null) {
            return;
        }
        List<ProgressPoint> points = outcome.progress();
        double fromS = points.size() >= 2 ? points.get(0).atS() : 0;
        double toS = points.size() >= 2 ? points.get(points.size() - 1).atS() : outcome.transferTimeS();
        if (toS - fromS > 2 * EDGE_S + 2) {
            // a Proxmox log stamps whole seconds: keep a second clear of each end, inside the copy
            fromS += EDGE_S;
            toS -= EDGE_S;
        }
        progress.slowdown(guestStartNs, guestStartNs + Math.round(fromS * 1e9), guestStartNs + Math.round(toS * 1e9))
                .ifPresent(s -> {
                    record.context(SLOWDOWN, String.format(Locale.ROOT, "%.3f", s.ratio()));
                    record.context(BASELINE_UNIT, String.format(Locale.ROOT, "%.3f", s.baselineUnitMs()));
                    record.context(UNITS_DURING, s.unitsDuring());
                });
    }
}
