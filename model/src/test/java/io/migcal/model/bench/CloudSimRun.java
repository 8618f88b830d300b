package io.migcal.model.bench;

import ch.qos.logback.classic.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cloudsimplus.allocationpolicies.VmAllocationPolicyFirstFit;
import org.cloudsimplus.brokers.DatacenterBrokerSimple;
import org.cloudsimplus.cloudlets.Cloudlet;
import org.cloudsimplus.cloudlets.CloudletSimple;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.datacenters.DatacenterSimple;
import org.cloudsimplus.hosts.Host;
import org.cloudsimplus.hosts.HostSimple;
import org.cloudsimplus.resources.Pe;
import org.cloudsimplus.resources.PeSimple;
import org.cloudsimplus.util.Log;
import org.cloudsimplus.vms.Vm;
import org.cloudsimplus.vms.VmSimple;

/**
 * The bench scenario in CloudSim Plus: hosts with 20 PEs and 20 x 2 GiB of RAM, one 1-PE VM of
 * 2 GiB per migcal VM, submitted at its arrival time, running one cloudlet whose length at
 * 1000 MIPS takes the VM's work time. First-fit allocation (CloudSim's cheapest policy).
 */
final class CloudSimRun {
    private static final double MIPS = 1000;

    private CloudSimRun() {
    }

    /** Builds and runs the scenario; returns how many cloudlets finished. {@code handle} allows an abort. */
    static int run(BenchScenario scenario, AtomicReference<CloudSimPlus> handle) {
        Log.setLevel(Level.OFF);
        CloudSimPlus simulation = new CloudSimPlus();
        handle.set(simulation);
        List<Host> hosts = new ArrayList<>();
        for (int s = 0; s < scenario.servers(); s++) {
            List<Pe> pes = new ArrayList<>();
            for (int p = 0; p < BenchScenario.VMS_PER_SERVER; p++) {
                pes.add(new PeSimple(MIPS));
            }
            hosts.add(new HostSimple(BenchScenario.VMS_PER_SERVER * 2048L, 100_000L, 10_000_000L, pes));
        }
        new DatacenterSimple(simulation, hosts, new VmAllocationPolicyFirstFit());
        DatacenterBrokerSimple broker = new DatacenterBrokerSimple(simulation);
        List<Vm> vms = new ArrayList<>();
        List<Cloudlet> cloudlets = new ArrayList<>();
        for (int i = 0; i < scenario.vms(); i++) {
            Vm vm = new VmSimple(MIPS, 1).setRam(2048).setBw(1000).setSize(1000);
            vm.setSubmissionDelay(scenario.arrivalS(i));
            Cloudlet cloudlet = new CloudletSimple((long) (scenario.workS(i) * MIPS), 1);
            cloudlet.setSubmissionDelay(scenario.arrivalS(i));
            cloudlet.setVm(vm);
            vms.add(vm);
            cloudlets.add(cloudlet);
        }
        broker.submitVmList(vms);
        broker.submitCloudletList(cloudlets);
        simulation.start();
        return broker.getCloudletFinishedList().size();
    }
}
