package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Map;

/** {@code ethtool -k IF} (show offloads) and {@code ethtool -K IF tso off gso off gro off} (set them). */
public final class EthtoolCommand implements ShellCommand {
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "tso", "tcp-segmentation-offload", "gso", "generic-segmentation-offload", "gro", "generic-receive-offload");
    private final LabState state;

    public EthtoolCommand(LabState state) {
        this.state = state;
    }

    @Override
    public int run(List<String> words, String line, ShellIo io) throws Exception {
        if (words.size() < 3 || !(words.get(1).equals("-k") || words.get(1).equals("-K"))) {
            io.err("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n");
            return 1;
        }
        String iface = words.get(2);
        if (!state.withDelayBox(box -> box.hasInterface(iface))) {
            io.err("netlink error: no device matches name (offset 24)\nnetlink error: No such device\n");
            return 1;
        }
        return words.get(1).equals("-k") ? show(iface, io) : set(iface, words.subList(3, words.size()), io);
    }

    private int show(String iface, ShellIo io) throws Exception {
        Map<String, Boolean> features = state.withDelayBox(box -> box.offloads(iface));
        StringBuilder out = new StringBuilder("Features for " + iface + ":\n");
        out.append("rx-checksumming: on\ntx-checksumming: on\nscatter-gather: on\n");
        out.append("tcp-segmentation-offload: ").append(onOff(features, "tcp-segmentation-offload")).append('\n');
        out.append("\ttx-tcp-segmentation: ").append(onOff(features, "tcp-segmentation-offload")).append('\n');
        out.append("\ttx-tcp6-segmentation: ").append(onOff(features, "tcp-segmentation-offload")).append('\n');
        out.append("generic-segmentation-offload: ").append(onOff(features, "generic-segmentation-offload")).append('\n');
        out.append("generic-receive-offload: ").append(onOff(features, "generic-receive-offload")).append('\n');
        out.append("large-receive-offload: off [fixed]\nrx-vlan-offload: on\ntx-vlan-offload: on\n");
        io.out(out.toString());
        return 0;
    }

    private static String onOff(Map<String, Boolean> features, String name) {
        return features.get(name) ? "on" : "off";
    }

    private int set(String iface, List<String> pairs, ShellIo io) throws Exception {
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            String feature = SHORT_NAMES.get(pairs.get(i));
            String value = pairs.get(i + 1);
            if (feature == null || !(value.equals("on") || value.equals("off"))) {
                io.err("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n");
                return 1;
            }
            state.withDelayBox(box -> {
                box.setOffload(iface, feature, value.equals("on"));
                return null;
            });
        }
        return 0;
    }
}
