package io.migcal.harness.lab.sshd;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Who may log in to an embedded SSH endpoint: one user name, with any of the authorised public keys
 * or the password (either may be absent).
 */
public record SshAccess(String user, List<PublicKey> authorizedKeys, String password) {

    public SshAccess {
        Objects.requireNonNull(user, "user");
        authorizedKeys = authorizedKeys == null ? List.of() : List.copyOf(authorizedKeys);
    }

    boolean accepts(String candidateUser, PublicKey key) {
        return user.equals(candidateUser)
                && authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
    }

    boolean accepts(String candidateUser, String candidatePassword) {
        return password != null && user.equals(candidateUser) && password.equals(candidatePassword);
    }
}
