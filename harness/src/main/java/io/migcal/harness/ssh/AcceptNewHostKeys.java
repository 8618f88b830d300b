package io.migcal.harness.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.util.function.Consumer;

/**
 * OpenSSH's {@code StrictHostKeyChecking=accept-new} for JSch: a host missing from known_hosts is
 * recorded there (with a loud warning) and trusted; a host whose key changed is still refused.
 * JSch's own {@code no} would also accept a changed key, which is why this wraps the repository instead.
 */
final class AcceptNewHostKeys implements HostKeyRepository {
    private final HostKeyRepository knownHosts;
    private final Consumer<String> warnings;

    AcceptNewHostKeys(HostKeyRepository knownHosts, Consumer<String> warnings) {
        this.knownHosts = knownHosts;
        this.warnings = warnings;
    }

    @Override
    public int check(String host, byte[] key) {
        int verdict = knownHosts.check(host, key);
        if (verdict != NOT_INCLUDED) {
            return verdict;
        }
        try {
            HostKey hostKey = new HostKey(host, key);
            knownHosts.add(hostKey, null);
            warnings.accept("WARNING: --accept-new-host-keys: trusting the new host key of " + host + " ("
                    + hostKey.getType() + ") on first use and recording it in " + getKnownHostsRepositoryID()
                    + "; verify it out of band before trusting results from this host");
            return OK;
        } catch (JSchException e) {
            return NOT_INCLUDED;
        }
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        knownHosts.add(hostkey, ui);
    }

    @Override
    public void remove(String host, String type) {
        knownHosts.remove(host, type);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        knownHosts.remove(host, type, key);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return knownHosts.getKnownHostsRepositoryID();
    }

    @Override
    public HostKey[] getHostKey() {
        return knownHosts.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return knownHosts.getHostKey(host, type);
    }
}
