package io.migcal.harness.lab;

/**
 * One SSH endpoint of the lab as a client needs it: address, user, the private key to log in with and
 * the known_hosts file that pins the endpoint's host key.
 */
public record LabSshAccess(String name, String host, int port, String user, String privateKeyFile,
        String knownHostsFile) {
}
