package io.migcal.harness.lab.state;

import io.migcal.harness.lab.truth.CongestionControl;
import io.migcal.harness.lab.truth.DelayBoxSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The virtual delay box: one netem qdisc (or none) per interface, the offload features of each
 * interface, and the qdisc counters. Interface i faces node i, so traffic towards node i leaves
 * through interface i. Guarded by the lab state.
 */
public final class DelayBox {
    /** What {@code tc qdisc replace ... netem delay D limit L} set on one interface. */
    public record Netem(double delayMs, int limitPackets) {
    }

    /** The qdisc counters {@code tc -s} prints. */
    public record Counters(long sentBytes, long sentPackets, long droppedPackets) {
        Counters plus(long bytes, long packets, long dropped) {
            return new Counters(sentBytes + bytes, sentPackets + packets, droppedPackets + dropped);
        }
    }

    static final List<String> OFFLOADS = List.of("tcp-segmentation-offload", "generic-segmentation-offload",
            "generic-receive-offload");
    private static final int DEFAULT_QDISC_LIMIT = 10240;

    private final List<String> interfaces;
    private final Map<String, Netem> netem = new LinkedHashMap<>();
    private final Map<String, Map<String, Boolean>> offloads = new LinkedHashMap<>();
    private final Map<String, Counters> counters = new LinkedHashMap<>();
    private int handleSerial = 0x8001;

    DelayBox(List<String> interfaces, boolean offloadsOn) {
        this.interfaces = List.copyOf(interfaces);
        for (String iface : interfaces) {
            Map<String, Boolean> features = new LinkedHashMap<>();
            OFFLOADS.forEach(f -> features.put(f, offloadsOn));
            offloads.put(iface, features);
            counters.put(iface, new Counters(0, 0, 0));
        }
    }

    public List<String> interfaces() {
        return interfaces;
    }

    public boolean hasInterface(String iface) {
        return interfaces.contains(iface);
    }

    public Netem netem(String iface) {
        return netem.get(iface);
    }

    public int netemHandle() {
        return handleSerial;
    }

    public void replaceNetem(String iface, Netem setting) {
        if (!netem.containsKey(iface)) {
            handleSerial++;
            counters.put(iface, new Counters(0, 0, 0));
        }
        netem.put(iface, setting);
    }

    /** Returns false when there was no netem to delete. */
    public boolean deleteNetem(String iface) {
        return netem.remove(iface) != null;
    }

    public Map<String, Boolean> offloads(String iface) {
        return Map.copyOf(offloads.get(iface));
    }

    public void setOffload(String iface, String feature, boolean on) {
        offloads.get(iface).put(feature, on);
    }

    public Counters counters(String iface) {
        return counters.get(iface);
    }

    /** The delay box as the ground truth sees it for traffic from node {@code source} to node {@code target}. */
    public DelayBoxSettings pathSettings(int sourceIndex, int targetIndex, CongestionControl cc) {
        String dataIface = interfaces.get(targetIndex);
        String ackIface = interfaces.get(sourceIndex);
        Netem data = netem.get(dataIface);
        Netem ack = netem.get(ackIface);
        boolean offloaded = offloads.get(dataIface).containsValue(true) || offloads.get(ackIface).containsValue(true);
        return new DelayBoxSettings(data == null ? 0 : data.delayMs(), ack == null ? 0 : ack.delayMs(),
                data == null ? DEFAULT_QDISC_LIMIT : data.limitPackets(), offloaded, cc);
    }

    /** Adds a finished migration's packets to the data-direction qdisc's counters. */
    void countMigration(int targetIndex, long payloadBytes, int mssBytes, int wireOverheadBytes, double dropFraction) {
        String dataIface = interfaces.get(targetIndex);
        long packets = Math.max(1, payloadBytes / mssBytes);
        long dropped = Math.round(packets * dropFraction);
        counters.put(dataIface, counters.get(dataIface).plus(payloadBytes + packets * wireOverheadBytes, packets, dropped));
    }
}
