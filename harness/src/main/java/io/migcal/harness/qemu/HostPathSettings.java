package io.migcal.harness.qemu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration host's own side of the path, which shapes a migration as much as the RTT does
 * (docs/local-qemu-lab.md): its TCP congestion control, its TCP buffer limits
 * ({@code "min default max"} in bytes, as sysctl writes them) and the TSO/GSO/GRO offloads of its
 * migration interface. A null field leaves that setting as the host has it.
 */
public record HostPathSettings(String tcpCongestionControl, String tcpRmem, String tcpWmem, Boolean offloads,
        String migrationInterface) {

    public static final HostPathSettings UNCHANGED = new HostPathSettings(null, null, null, null, null);
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern BUFFER = Pattern.compile("\\d+ \\d+ \\d+");
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9_.@-]{1,15}");

    public HostPathSettings {
        if (tcpCongestionControl != null && !NAME.matcher(tcpCongestionControl).matches()) {
            throw new IllegalArgumentException("congestion control must be a name like cubic or bbr, got '"
                    + tcpCongestionControl + "'");
        }
        for (String buffer : new String[] {tcpRmem, tcpWmem}) {
            if (buffer != null && !BUFFER.matcher(buffer).matches()) {
                throw new IllegalArgumentException("TCP buffers are three byte counts 'min default max', got '"
                        + buffer + "'");
            }
        }
        if (offloads != null && (migrationInterface == null || !INTERFACE.matcher(migrationInterface).matches())) {
            throw new IllegalArgumentException("setting offloads needs the host's migration interface name, got '"
                    + migrationInterface + "'");
        }
    }

    /** The shell commands that make it so, in order; empty when nothing is to change. */
    public List<String> commands() {
        List<String> commands = new ArrayList<>();
        if (tcpCongestionControl != null) {
            commands.add("sysctl -w net.ipv4.tcp_congestion_control=" + tcpCongestionControl);
        }
        if (tcpRmem != null) {
            commands.add("sysctl -w 'net.ipv4.tcp_rmem=" + tcpRmem + "'");
        }
        if (tcpWmem != null) {
            commands.add("sysctl -w 'net.ipv4.tcp_wmem=" + tcpWmem + "'");
        }
        if (offloads != null) {
            String state = offloads ? "on" : "off";
            commands.add("ethtool -K " + migrationInterface + " tso " + state + " gso " + state + " gro " + state);
        }
        return commands;
    }
}
