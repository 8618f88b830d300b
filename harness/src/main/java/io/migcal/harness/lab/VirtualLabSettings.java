package io.migcal.harness.lab;

import io.migcal.harness.lab.pve.EmulatedRelease;
import io.migcal.harness.lab.truth.GroundTruthParameters;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start a virtual lab: where it keeps its keys, certificate, credentials and descriptor; the
 * first port (0 = any free ports); the Proxmox release it emulates; how much faster than the wall
 * clock its time runs; the seed of its noise; its ground truth and its topology.
 */
public record VirtualLabSettings(
        Path stateDir, int portBase, EmulatedRelease pveVersion, double timeCompression, long seed,
        GroundTruthParameters truth, LabTopology topology) {

    public VirtualLabSettings {
        Objects.requireNonNull(stateDir, "stateDir");
        if (portBase < 0 || portBase > 65000) {
            throw new IllegalArgumentException("port base must be 0 (any free port) or 1..65000, got " + portBase);
        }
        if (!(timeCompression >= 1)) {
            throw new IllegalArgumentException("time compression must be >= 1, got " + timeCompression);
        }
    }

    /** PVE 8.2, time 50x compressed, seed 1, the paper's testbed and ground truth, free ports. */
    public static VirtualLabSettings defaults(Path stateDir) {
        return new VirtualLabSettings(stateDir, 0, EmulatedRelease.V8_2, 50, 1, GroundTruthParameters.paperLab(),
                LabTopology.paperTestbed());
    }

    public VirtualLabSettings withPortBase(int base) {
        return new VirtualLabSettings(stateDir, base, pveVersion, timeCompression, seed, truth, topology);
    }

    public VirtualLabSettings withPveVersion(EmulatedRelease version) {
        return new VirtualLabSettings(stateDir, portBase, version, timeCompression, seed, truth, topology);
    }

    public VirtualLabSettings withTimeCompression(double factor) {
        return new VirtualLabSettings(stateDir, portBase, pveVersion, factor, seed, truth, topology);
    }

    public VirtualLabSettings withSeed(long newSeed) {
        return new VirtualLabSettings(stateDir, portBase, pveVersion, timeCompression, newSeed, truth, topology);
    }

    public VirtualLabSettings withTruth(GroundTruthParameters parameters) {
        return new VirtualLabSettings(stateDir, portBase, pveVersion, timeCompression, seed, parameters, topology);
    }

    public VirtualLabSettings withTopology(LabTopology newTopology) {
        return new VirtualLabSettings(stateDir, portBase, pveVersion, timeCompression, seed, truth, newTopology);
    }
}
