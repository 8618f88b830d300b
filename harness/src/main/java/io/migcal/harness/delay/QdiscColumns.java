package io.migcal.harness.delay;

import java.util.LinkedHashMap;
import java.util.Map;

/** One interface's root qdisc as trailing CSV context columns ({@code delay_if0_limit_packets}, ...). */
final class QdiscColumns {
    private QdiscColumns() {
    }

    static Map<String, String> of(String prefix, String iface, RootQdisc qdisc) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(prefix + "_name", iface);
        columns.put(prefix + "_qdisc", qdisc.kind());
        columns.put(prefix + "_delay_ms", NetemCommands.millis(qdisc.delayMs()));
        columns.put(prefix + "_limit_packets", qdisc.limitPackets() == null ? "" : qdisc.limitPackets().toString());
        columns.put(prefix + "_sent_packets", Long.toString(qdisc.sentPackets()));
        columns.put(prefix + "_dropped_packets", Long.toString(qdisc.droppedPackets()));
        return columns;
    }
}
