package io.migcal.model.measure;

import io.migcal.model.csv.CsvRow;
import io.migcal.model.csv.CsvStream;
import java.util.Locale;

/**
 * Reads a row's {@link PathContext} from the columns migcal records, leniently: context is optional,
 * so a missing column or an unreadable cell means "not recorded", never an error. The data direction's
 * delay is taken as the larger of the two per-interface delays (half each way gives 0.5); offloads are
 * on when the delay box reports TSO or GSO on; the sender is the source node of the row's direction.
 */
final class PathContextColumns {
    private final int queueLimit;
    private final int delayIf0;
    private final int delayIf1;
    private final int[] offloads;
    private final int direction;
    private final int ccA;
    private final int ccB;

    private PathContextColumns(CsvStream table) {
        queueLimit = table.column(MeasurementColumns.QUEUE_LIMIT_PACKETS);
        delayIf0 = table.column("delay_if0_delay_ms_before");
        delayIf1 = table.column("delay_if1_delay_ms_before");
        offloads = new int[] {table.column("delay_if0_tso_before"), table.column("delay_if0_gso_before"),
            table.column("delay_if1_tso_before"), table.column("delay_if1_gso_before")};
        direction = table.column(MeasurementColumns.DIRECTION);
        ccA = table.column("node_a_tcp_cc_before");
        ccB = table.column("node_b_tcp_cc_before");
    }

    static PathContextColumns of(CsvStream table) {
        return new PathContextColumns(table);
    }

    PathContext of(CsvRow row) {
        Double limit = number(row, queueLimit);
        Integer packets = limit == null || limit <= 0 ? null : (int) Math.round(limit);
        return new PathContext(packets, dataDelayShare(row), offloadsOn(row) ? PathContext.GSO_PACKET_BYTES
                : PathContext.MSS_BYTES, !"bbr".equals(senderCongestionControl(row)));
    }

    private double dataDelayShare(CsvRow row) {
        Double a = number(row, delayIf0);
        Double b = number(row, delayIf1);
        if (a == null || b == null || a < 0 || b < 0 || a + b <= 0) {
            return PathContext.UNKNOWN.dataDelayShare();
        }
        return Math.max(a, b) / (a + b);
    }

    private boolean offloadsOn(CsvRow row) {
        for (int column : offloads) {
            if ("on".equals(text(row, column))) {
                return true;
            }
        }
        return false;
    }

    private String senderCongestionControl(CsvRow row) {
        String dir = text(row, direction);
        boolean fromB = dir != null && dir.replace(" ", "").startsWith("b->");
        String cc = text(row, fromB ? ccB : ccA);
        return cc != null ? cc : text(row, fromB ? ccA : ccB);
    }

    private static String text(CsvRow row, int column) {
        if (column < 0 || column >= row.cells().size() || row.cell(column).isBlank()) {
            return null;
        }
        return row.cell(column).trim().toLowerCase(Locale.ROOT);
    }

    private static Double number(CsvRow row, int column) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
