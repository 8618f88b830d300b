package io.migcal.model.sim.calibrate;

import java.util.Locale;

/** Writes a paper preset, with its comments, from the parameters calibrated for it. */
final class PresetTemplate {
    private PresetTemplate() {
    }

    /** The preset {@code paper-2018} or {@code paper-2019} with these parameters. */
    static String of(String preset, PaperParameters p, String provenance) {
        return preset.equals("paper-2018") ? paper2018(p, provenance) : paper2019(p, provenance);
    }

    static String paper2018(PaperParameters p, String provenance) {
        return header("paper-2018", "Table 2 of the paper (ITC-CSCC 2018 evaluation): 3 sites, RTT set at random",
                provenance, p)
                + "sites:                        # three sites, one server of 12.00 GiB each (Table 2)\n"
                + "  - {name: A, servers-memory-gib: [12.0]}\n"
                + "  - {name: B, servers-memory-gib: [12.0]}\n"
                + "  - {name: C, servers-memory-gib: [12.0]}\n"
                + "rtt:                          # drawn per run and per site pair from the paper's candidates\n"
                + "  draw:\n"
                + "    candidates-ms: [6, 10, 20, 30]\n"
                + "    weights: " + list(p.rttWeights()) + "   # calibrated\n"
                + "    by: random\n"
                + common(p);
    }

    static String paper2019(PaperParameters p, String provenance) {
        return header("paper-2019", "Table 4 of the paper (2019 re-evaluation): 5 sites on a line, RTT grows with distance",
                provenance, p)
                + "sites:                        # five sites on a straight line, one server of 7.20 GiB each (Table 4)\n"
                + "  - {name: A, position: 0, servers-memory-gib: [7.2]}\n"
                + "  - {name: B, position: 1, servers-memory-gib: [7.2]}\n"
                + "  - {name: C, position: 2, servers-memory-gib: [7.2]}\n"
                + "  - {name: D, position: 3, servers-memory-gib: [7.2]}\n"
                + "  - {name: E, position: 4, servers-memory-gib: [7.2]}\n"
                + "rtt:                          # weighted random draw, centred on a candidate that grows with distance\n"
                + "  draw:\n"
                + "    candidates-ms: [6, 10, 20, 30]\n"
                + "    weights: " + list(p.rttWeights()) + "   # calibrated\n"
                + "    by: distance\n"
                + "    spread: " + num(p.rttSpread()) + "   # calibrated: width of the Gaussian around the distance rank\n"
                + common(p);
    }

    private static String header(String name, String what, String provenance, PaperParameters p) {
        return "# " + what + ".\n"
                + "# Stated by the paper: sites, server memory, 20 VMs of 2.00 GiB, 3 workload kinds, RTT candidates,\n"
                + "# constant start interval, 30 ms never used for live migration, 5 runs.\n"
                + "# Everything marked 'calibrated' is unstated in the paper and was chosen by\n"
                + "# migcal calibrate (docs/simulator.md) against this preset's table alone, with the paper-faithful readings\n"
                + "# of the flows: every server examined at each VM start; destination nearest (2018), the least\n"
                + "# loaded server, then its RTT checked (2019). No ping-pong guard (the paper has none).\n"
                + "# " + provenance + "\n"
                + "# parameters (migcal calibrate --start): " + list(p.raw()).replace(" ", "").replace("[", "").replace("]", "") + "\n"
                + "name: " + name + "\n"
                + "runs: 5\n";
    }

    private static String common(PaperParameters p) {
        double[] d = p.durationMin();
        double[] r = p.ramGib();
        double[] w = p.kindWeights();
        return "vms:\n"
                + "  count: 20\n"
                + "  allocated-gib: 2.0\n"
                + (p.homeRoundRobin()
                        ? "  home-site: round-robin   # calibrated: the i-th VM starts at site i mod sites\n"
                        : "  home-site: random   # calibrated: drawn at random, as below\n")
                + "  home-site-skew: " + num(p.homeSkew()) + "   # calibrated: P(site s) proportional to skew^s (random only)\n"
                + "workloads:                    # calibrated durations, RAM usage and weights (how often each kind is drawn)\n"
                + "  - {name: light, duration-min: " + num(d[0]) + ", ram-gib: " + num(r[0]) + ", weight: " + num(w[0]) + "}\n"
                + "  - {name: medium, duration-min: " + num(d[1]) + ", ram-gib: " + num(r[1]) + ", weight: " + num(w[1]) + "}\n"
                + "  - {name: heavy, duration-min: " + num(d[2]) + ", ram-gib: " + num(r[2]) + ", weight: " + num(w[2]) + "}\n"
                + "arrivals: {kind: constant, interval-min: " + num(p.intervalMin()) + "}   # calibrated\n"
                + "launch: sequential            # a VM waiting for memory holds back the VMs after it\n"
                + "processing-end: last-launched # processing time ends when the 20th VM finishes\n"
                + "admission: " + (p.admitByRamUsage() ? "ram-usage" : "allocated")
                + "   # calibrated: a VM waits until its " + (p.admitByRamUsage() ? "RAM usage" : "allocation") + " fits\n"
                + "thresholds:\n"
                + "  server-memory-fraction: " + num(p.thresholdFraction()) + "   # calibrated: high load above this share of server memory\n"
                + "  rtt-ms: 20                  # 30 ms is never used for live migration\n"
                + "migration:\n"
                + "  source-freed: at-end        # the source keeps the VM's memory until the transfer ends\n"
                + "  vm-during-transfer: works   # live migration: the VM keeps working\n"
                + "transfer-model: default\n";
    }

    private static String list(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(num(values[i]));
        }
        return out.append("]").toString();
    }

    static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
