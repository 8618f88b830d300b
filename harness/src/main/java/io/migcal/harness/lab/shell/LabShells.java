package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.LabState;

/** The programs each kind of virtual host answers (the commands of docs/host-commands.md). */
public final class LabShells {
    private final LabState state;

    public LabShells(LabState state) {
        this.state = state;
    }

    public VirtualHostShell guest(String endpoint) {
        GuestMemoryCommands memory = new GuestMemoryCommands(state);
        StressNgEmulator stress = new StressNgEmulator(state);
        GuestActivityEmulator activity = new GuestActivityEmulator(state);
        return common(endpoint)
                .program("command", stress::commandV)
                .program("stress-ng", stress::stressNg)
                .program("migcal-dirty", activity::dirtyWriter)
                .program("migcal-meter", activity::progressMeter)
                .program("pkill", (w, l, io) -> activity.pkill(l) ? 0 : stress.pkill(w, l, io))
                .program("rm", (w, l, io) -> 0)
                .program("cat", (w, l, io) -> {
                    String progress = activity.cat(w, io);
                    if (progress == null) {
                        return memory.cat(w, l, io);
                    }
                    io.out(progress);
                    return 0;
                })
                .program("free", memory::free);
    }

    public VirtualHostShell node(String endpoint, int nodeIndex, VirtualHostShell guestShell) {
        String version = state.settings().pveVersion().pveversionLine();
        return common(endpoint)
                .program("ping", new PingCommand(state, nodeIndex))
                .program("pveversion", (w, l, io) -> {
                    io.out(version + "\n");
                    return 0;
                })
                .program("qm", new QmCommand(state, state.settings().topology().nodes().get(nodeIndex), guestShell));
    }

    public VirtualHostShell delayBox(String endpoint) {
        return common(endpoint)
                .program("tc", new TcCommand(state))
                .program("ethtool", new EthtoolCommand(state))
                .program("modprobe", (w, l, io) -> w.contains("sch_netem") ? 0 : 1);
    }

    private VirtualHostShell common(String endpoint) {
        return new VirtualHostShell(endpoint, state.faults())
                .program("date", new DateCommand(state.clock()))
                .program("sysctl", new SysctlCommand(state));
    }
}
