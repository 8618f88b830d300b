package io.migcal.harness.config;

import static io.migcal.harness.config.ConfigChecks.present;
import static io.migcal.harness.config.ConfigChecks.presentText;

import io.migcal.model.BadInputException;

/**
 * Proxmox authentication: an API token (PVE 6.2 and later) or a user and password for ticket
 * authentication (every version). Exactly one is given; the secret parts are references.
 */
public record ProxmoxAuth(Token token, Ticket ticket) {

    public ProxmoxAuth {
        if ((token == null) == (ticket == null)) {
            throw new BadInputException("give exactly one of 'token' (PVE >= 6.2) or 'ticket' (user and password)");
        }
    }

    /** {@code PVEAPIToken=user!tokenId=secret}. */
    public record Token(String user, String tokenId, Secret secret) {
        public Token {
            presentText(user, "user");
            presentText(tokenId, "token_id");
            present(secret, "secret");
        }
    }

    /** POST /access/ticket with user and password; the ticket lives 2 h. */
    public record Ticket(String user, Secret password) {
        public Ticket {
            presentText(user, "user");
            present(password, "password");
        }
    }
}
