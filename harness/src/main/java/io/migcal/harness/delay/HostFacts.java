package io.migcal.harness.delay;

import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host's context columns in one SSH command per read: its TCP facts ({@link NodeFacts}' sysctl
 * line) and the offloads of some of its interfaces ({@code ethtool -k IF} each, after a marker line),
 * joined with {@code ;}. Every sample reads the context twice, so one round trip per host instead
 * of one per fact is most of the harness's own time per sample.
 */
public final class HostFacts {
    /** Printed before each interface's ethtool output; interface names are checked safe words. */
    static final String MARK = "@@migcal-ethtool:";

    private final RemoteShell host;
    private final String tcpPrefix;
    private final Map<String, String> offloadPrefixes;

    /**
     * {@code tcpPrefix} names the TCP columns ({@code delay_tcp_cc}); {@code offloadPrefixes} maps each
     * interface to its offload columns' prefix ({@code eth1 -> delay_if0} gives {@code delay_if0_tso}).
     */
    public HostFacts(RemoteShell host, String tcpPrefix, Map<String, String> offloadPrefixes) {
        this.host = host;
        this.tcpPrefix = tcpPrefix;
        this.offloadPrefixes = new LinkedHashMap<>(offloadPrefixes);
    }

    /** The delay box: TCP facts as {@code delay_...}, the i-th interface's offloads as {@code delay_ifI_...}. */
    public static HostFacts delayBox(RemoteShell box, List<String> interfaces) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (int i = 0; i < interfaces.size(); i++) {
            prefixes.put(interfaces.get(i), "delay_if" + i);
        }
        return new HostFacts(box, "delay", prefixes);
    }

    /** The one command line this sends. */
    public String command() {
        StringBuilder command = new StringBuilder(NodeFacts.SYSCTL);
        offloadPrefixes.keySet().forEach(iface -> command.append("; echo ").append(MARK).append(iface)
                .append("; ethtool -k ").append(iface));
        return command.toString();
    }

    public Map<String, String> read() throws IOException, InterruptedException {
        // sysctl exits non-zero when a key is missing and ethtool when a NIC is: the columns stay, empty
        String out = host.run(command(), Duration.ofSeconds(10)).stdout();
        List<String> sections = sections(out);
        Map<String, String> columns = new LinkedHashMap<>(NodeFacts.parse(sections.get(0), tcpPrefix));
        int i = 1;
        for (String prefix : offloadPrefixes.values()) {
            columns.putAll(PathFacts.parseOffloads(i < sections.size() ? sections.get(i) : "", prefix));
            i++;
        }
        return columns;
    }

    /** The sysctl output, then each interface's ethtool output, split at the marker lines. */
    private List<String> sections(String out) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith(MARK)) {
                sections.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        sections.add(current.toString());
        return sections;
    }
}
