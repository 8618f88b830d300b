package io.migcal.harness.pve;

import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;

/**
 * Ticket auth: logs in on first use, sends the ticket as the {@code PVEAuthCookie} cookie and the
 * CSRF token on writes, and renews the ticket (posting it as the password) once it is older than
 * the configured age, well before Proxmox's 2-hour expiry.
 */
final class TicketSigner implements RequestSigner {

    /** What {@code POST /access/ticket} answered. */
    record IssuedTicket(String ticket, String csrfToken) {
        @Override
        public String toString() {
            return "IssuedTicket[hidden]";
        }
    }

    /** Posts {@code username} and {@code password} to {@code /access/ticket}. */
    @FunctionalInterface
    interface TicketIssuer {
        IssuedTicket issue(String username, String password) throws IOException, InterruptedException;
    }

    private final PveAuth.Ticket auth;
    private final TicketIssuer issuer;
    private final MonotonicClock clock;
    private IssuedTicket current;
    private long issuedAtNanos;

    TicketSigner(PveAuth.Ticket auth, TicketIssuer issuer, MonotonicClock clock) {
        this.auth = auth;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public synchronized void sign(Request.Builder request, boolean write) throws IOException, InterruptedException {
        refreshIfNeeded();
        request.header("Cookie", "PVEAuthCookie=" + current.ticket());
        if (write) {
            request.header("CSRFPreventionToken", current.csrfToken());
        }
    }

    private void refreshIfNeeded() throws IOException, InterruptedException {
        if (current == null) {
            current = issuer.issue(auth.username(), auth.password().reveal());
            issuedAtNanos = clock.nanoTime();
        } else if (Duration.ofNanos(clock.nanoTime() - issuedAtNanos).compareTo(auth.renewAfter()) >= 0) {
            current = issuer.issue(auth.username(), current.ticket());
            issuedAtNanos = clock.nanoTime();
        }
    }
}
