package io.migcal.harness.config;

/**
 * One SSH login: host, port, user, a key file (with an optional passphrase reference) or the SSH
 * agent, the known_hosts file host keys are checked against, and an optional jump host (the name
 * of another target). Unset values come from {@code ssh.defaults}.
 */
public record SshEndpoint(
        String host, Integer port, String user, String keyFile, Secret keyPassphrase, Boolean agent,
        String knownHosts, String jumpHost) {

    static final SshEndpoint EMPTY = new SshEndpoint(null, null, null, null, null, null, null, null);

    /** This endpoint with every unset value taken from {@code defaults} (port 22, known_hosts in ~/.ssh). */
    public SshEndpoint over(SshEndpoint defaults) {
        return new SshEndpoint(
                pick(host, defaults.host, null),
                pick(port, defaults.port, 22),
                pick(user, defaults.user, null),
                pick(keyFile, defaults.keyFile, null),
                pick(keyPassphrase, defaults.keyPassphrase, null),
                pick(agent, defaults.agent, Boolean.FALSE),
                pick(knownHosts, defaults.knownHosts, "~/.ssh/known_hosts"),
                pick(jumpHost, defaults.jumpHost, null));
    }

    SshEndpoint withoutJumpHost() {
        return new SshEndpoint(host, port, user, keyFile, keyPassphrase, agent, knownHosts, null);
    }

    private static <T> T pick(T own, T inherited, T fallback) {
        return own != null ? own : inherited != null ? inherited : fallback;
    }
}
