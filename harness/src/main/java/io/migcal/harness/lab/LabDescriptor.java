package io.migcal.harness.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a client needs to use a running virtual lab, and nothing secret: secrets are named by
 * the files holding them (use them as {@code file:} secret references). Written as {@code lab.json}
 * into the state directory.
 *
 * @param tlsFingerprintSha256 SHA-256 of the API certificate, colon-separated upper-case hex
 * @param delayBoxDefaultQueueLimitPackets what the delay box queues when {@code tc} gives no {@code limit}
 * @param ssh endpoints by name: each node's name, {@code delaybox} and {@code guest}
 * @param timeCompression lab seconds per wall second; clients must time on a clock with the same factor
 * @param guestUdpEchoPort the guest's UDP echo service on 127.0.0.1 (silent while a migration pauses it)
 */
public record LabDescriptor(
        String apiBaseUrl, String tlsFingerprintSha256, String tlsCaPemFile, String tlsCertPemFile,
        String apiUser, String apiPasswordFile, String apiTokenId, String apiTokenSecretFile,
        List<String> nodes, Map<String, String> nodeIps, int vmid, String guestEndpoint,
        Map<String, LabSshAccess> ssh, String delayBoxEndpoint, List<String> delayInterfaces,
        int delayBoxDefaultQueueLimitPackets, double timeCompression, String pveVersion, long seed,
        int guestUdpEchoPort) {

    public static final String FILE_NAME = "lab.json";

    public LabDescriptor {
        nodes = List.copyOf(nodes);
        nodeIps = Map.copyOf(nodeIps);
        ssh = Map.copyOf(ssh);
        delayInterfaces = List.copyOf(delayInterfaces);
    }

    public LabSshAccess endpoint(String name) {
        LabSshAccess endpoint = ssh.get(name);
        if (endpoint == null) {
            throw new IllegalArgumentException("no SSH endpoint '" + name + "'; the lab has " + ssh.keySet());
        }
        return endpoint;
    }

    public void writeTo(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValue(file.toFile(), this);
    }

    public static LabDescriptor readFrom(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), LabDescriptor.class);
    }
}
