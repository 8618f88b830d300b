package io.migcal.harness.lab.api;

import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.lab.state.LabState;

/** The check behind every {@code /nodes/{node}/qemu/{vmid}} call: the node must hold the VM's config. */
final class VmConfigCheck {
    private final LabState state;

    VmConfigCheck(LabState state) {
        this.state = state;
    }

    void requireOn(String node, String vmid) {
        String expectedVmid = Integer.toString(state.settings().topology().vmid());
        if (!expectedVmid.equals(vmid) || !node.equals(state.vmNode())) {
            throw new LabException(500, "Configuration file 'nodes/" + node + "/qemu-server/" + vmid
                    + ".conf' does not exist");
        }
    }
}
