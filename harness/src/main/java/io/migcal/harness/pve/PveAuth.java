package io.migcal.harness.pve;

import io.migcal.harness.config.Secret;
import io.migcal.model.BadInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the harness logs in. An API token ({@code USER@REALM!TOKENID} plus its secret, PVE 6.2+) is
 * stateless; a ticket (user name and password, every version) expires after 2 h and is renewed
 * once older than {@code renewAfter}. Secrets stay {@link Secret} references until a request is signed.
 */
public sealed interface PveAuth {

    /** What may be recorded about these credentials: who, never the secret. */
    String describe();

    record Token(String tokenId, Secret secret) implements PveAuth {
        public Token {
            Objects.requireNonNull(secret, "secret");
            if (tokenId == null || !tokenId.matches("[^@!\\s]+@[^@!\\s]+![^@!\\s]+")) {
                throw new BadInputException("Proxmox API token id must look like USER@REALM!TOKENID, e.g. "
                        + "migcal@pve!harness (got '" + tokenId + "')");
            }
        }

        @Override
        public String describe() {
            return "token " + tokenId;
        }
    }

    record Ticket(String username, Secret password, Duration renewAfter) implements PveAuth {
        /** Proxmox tickets live 2 h; renewing at 90 min leaves room for a slow sample. */
        public static final Duration DEFAULT_RENEW_AFTER = Duration.ofMinutes(90);

        public Ticket {
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(renewAfter, "renewAfter");
            if (username == null || !username.matches("[^@\\s]+@[^@\\s]+")) {
                throw new BadInputException("Proxmox user must look like USER@REALM, e.g. root@pam (got '"
                        + username + "')");
            }
        }

        public Ticket(String username, Secret password) {
            this(username, password, DEFAULT_RENEW_AFTER);
        }

        @Override
        public String describe() {
            return "ticket " + username;
        }
    }
}
