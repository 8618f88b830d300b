package io.migcal.harness.delay;

import io.migcal.harness.ssh.CommandResult;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host's TCP settings that change migration speed as much as the RTT does (congestion control and
 * buffer limits), as trailing CSV columns: {@code <prefix>_tcp_cc}, {@code <prefix>_tcp_rmem}, ...
 * Every key is always present (empty when the host does not report it), so columns stay stable.
 */
public final class NodeFacts {
    static final String SYSCTL = "sysctl net.ipv4.tcp_congestion_control net.ipv4.tcp_rmem net.ipv4.tcp_wmem "
            + "net.core.rmem_max net.core.wmem_max";
    private static final Map<String, String> COLUMNS = Map.of(
            "net.ipv4.tcp_congestion_control", "tcp_cc", "net.ipv4.tcp_rmem", "tcp_rmem",
            "net.ipv4.tcp_wmem", "tcp_wmem", "net.core.rmem_max", "core_rmem_max", "net.core.wmem_max", "core_wmem_max");
    private static final String[] ORDER = {"net.ipv4.tcp_congestion_control", "net.ipv4.tcp_rmem",
        "net.ipv4.tcp_wmem", "net.core.rmem_max", "net.core.wmem_max"};
    private static final Pattern LINE = Pattern.compile("(?m)^\\s*(net\\.[a-z0-9_.]+)\\s*=\\s*(.*?)\\s*$");
    private final RemoteShell host;
    private final String prefix;

    /** {@code prefix} names the host's role in the columns: {@code src}, {@code dst}, {@code delay}. */
    public NodeFacts(RemoteShell host, String prefix) {
        this.host = host;
        this.prefix = prefix;
    }

    public Map<String, String> read() throws IOException, InterruptedException {
        // sysctl exits non-zero when one key is missing but still prints the others
        CommandResult result = host.run(SYSCTL, Duration.ofSeconds(10));
        return parse(result.stdout(), prefix);
    }

    static Map<String, String> parse(String sysctlOutput, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher line = LINE.matcher(sysctlOutput);
        while (line.find()) {
            found.put(line.group(1), line.group(2).replaceAll("\\s+", " "));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String key : ORDER) {
            columns.put(prefix + "_" + COLUMNS.get(key), found.getOrDefault(key, ""));
        }
        return columns;
    }
}
