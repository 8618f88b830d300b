package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.present;

import io.migcal.model.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every SSH target of the lab by name, each inheriting what it does not set from {@code defaults}. */
public record SshConfig(SshEndpoint defaults, Map<String, SshEndpoint> targets) {

    public SshConfig {
        defaults = defaults == null ? SshEndpoint.EMPTY : defaults;
        present(targets, "targets");
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** The named target with the defaults filled in; an unknown name is bad input naming the key. */
    public SshEndpoint target(String name, String referringKey) {
        SshEndpoint own = targets.get(name);
        if (own == null) {
            throw new BadInputException("'" + referringKey + "' names SSH target '" + name
                    + "', which is not under ssh.targets (known: " + String.join(", ", targets.keySet()) + ")");
        }
        SshEndpoint resolved = own.over(defaults);
        if (resolved.host() == null || resolved.user() == null) {
            throw new BadInputException("ssh target '" + name + "' needs 'host' and 'user' (here or in ssh.defaults)");
        }
        if (name.equals(resolved.jumpHost())) {
            // a jump host set in the defaults must not route the jump host through itself
            return resolved.withoutJumpHost();
        }
        if (resolved.jumpHost() != null && !targets.containsKey(resolved.jumpHost())) {
            throw new BadInputException("ssh target '" + name + "' jumps through '" + resolved.jumpHost()
                    + "', which is not under ssh.targets");
        }
        return resolved;
    }
}
