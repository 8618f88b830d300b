package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.LabState;
import io.migcal.harness.lab.truth.CongestionControl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sysctl KEY...}, {@code sysctl -n KEY} and {@code sysctl -w net.ipv4.tcp_congestion_control=X}.
 * The TCP values are the lab's: the congestion control is one lab-wide setting standing for the
 * migration senders', and tcp_wmem's maximum is the ground truth's window.
 */
public final class SysctlCommand implements ShellCommand {
    private static final String CC_KEY = "net.ipv4.tcp_congestion_control";
    private final LabState state;

    public SysctlCommand(LabState state) {
        this.state = state;
    }

    private Map<String, String> values() {
        long window = (long) state.settings().truth().tcpWindowBytes();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CC_KEY, state.congestionControl().sysctlName());
        values.put("net.ipv4.tcp_available_congestion_control", "reno cubic bbr");
        values.put("net.ipv4.tcp_allowed_congestion_control", "reno cubic bbr");
        values.put("net.ipv4.tcp_rmem", "4096\t131072\t6291456");
        values.put("net.ipv4.tcp_wmem", "4096\t16384\t" + window);
        values.put("net.core.rmem_max", "212992");
        values.put("net.core.wmem_max", "212992");
        values.put("net.ipv4.tcp_mtu_probing", "0");
        return values;
    }

    @Override
    public int run(List<String> words, String line, ShellIo io) throws Exception {
        boolean valuesOnly = words.contains("-n");
        int exit = 0;
        for (String word : words.subList(1, words.size())) {
            if (word.startsWith("-")) {
                continue;
            }
            if (word.contains("=")) {
                exit = Math.max(exit, write(word, io));
                continue;
            }
            String value = values().get(word);
            if (value == null) {
                io.err("sysctl: cannot stat /proc/sys/" + word.replace('.', '/') + ": No such file or directory\n");
                exit = 255;
            } else {
                io.out(valuesOnly ? value + "\n" : word + " = " + value + "\n");
            }
        }
        return exit;
    }

    private int write(String assignment, ShellIo io) throws Exception {
        String[] kv = assignment.split("=", 2);
        if (!CC_KEY.equals(kv[0])) {
            io.err("sysctl: permission denied on key \"" + kv[0] + "\"\n");
            return 255;
        }
        try {
            state.setCongestionControl(CongestionControl.fromSysctl(kv[1]));
        } catch (IllegalArgumentException e) {
            io.err("sysctl: setting key \"" + CC_KEY + "\": No such file or directory\n");
            return 255;
        }
        io.out(CC_KEY + " = " + kv[1].strip().toLowerCase(Locale.ROOT) + "\n");
        return 0;
    }
}
