package io.migcal.harness.qemu;

import io.migcal.harness.delay.RttProbe;
import io.migcal.harness.ssh.RemoteShell;
import java.io.IOException;
import java.util.Map;

/** The sweep's RTT probe over the nodes' own shells: ping from one node to the other's migration address. */
record RttProbeAdapter(Map<String, RemoteShell> hosts, Map<String, String> addresses) {

    double measureRttMs(String fromNode, String toNode) throws IOException, InterruptedException {
        return new RttProbe(hosts.get(fromNode), addresses.get(toNode)).measure().avgMs();
    }
}
