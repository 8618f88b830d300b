package io.migcal.harness.lab.api;

import io.migcal.harness.lab.https.HttpExchange;
import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.time.MonotonicClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates API calls as pveproxy does: an API token header (no CSRF check), or a ticket cookie
 * {@code PVEAuthCookie} plus the {@code CSRFPreventionToken} header on every non-GET. Tickets live
 * two hours of lab time; a failed login is answered after a 3 s (lab) delay.
 */
final class ApiAuth {
    private static final long TICKET_LIFETIME_S = 2 * 3600;
    private static final long FAILED_LOGIN_DELAY_MS = 3000;

    private record Issued(String user, String csrfToken, long issuedEpochS) {
    }

    private final ApiCredentials credentials;
    private final boolean tokensSupported;
    private final MonotonicClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tickets = new ConcurrentHashMap<>();

    ApiAuth(ApiCredentials credentials, boolean tokensSupported, MonotonicClock clock) {
        this.credentials = credentials;
        this.tokensSupported = tokensSupported;
        this.clock = clock;
    }

    /** The user a request acts as; throws 401 when it carries no valid credentials. */
    String authenticate(HttpExchange exchange) {
        String authorization = exchange.header("authorization");
        if (authorization != null && authorization.startsWith("PVEAPIToken") && tokensSupported) {
            return tokenUser(authorization.substring("PVEAPIToken".length() + 1));
        }
        String ticket = exchange.cookie("PVEAuthCookie");
        if (ticket == null && authorization != null && authorization.startsWith("PVEAuthCookie=")) {
            ticket = URLDecoder.decode(authorization.substring("PVEAuthCookie=".length()), StandardCharsets.UTF_8);
        }
        if (ticket == null) {
            throw new LabException(401, "No ticket");
        }
        Issued issued = validTicket(ticket);
        if (!"GET".equals(exchange.method()) && !issued.csrfToken().equals(exchange.header("CSRFPreventionToken"))) {
            throw new LabException(401, "Permission denied - invalid csrf token");
        }
        return issued.user();
    }

    private String tokenUser(String value) {
        String decoded = URLDecoder.decode(value.strip(), StandardCharsets.UTF_8);
        int eq = decoded.indexOf('=');
        if (eq > 0 && decoded.substring(0, eq).equals(credentials.tokenId())
                && decoded.substring(eq + 1).equals(credentials.tokenSecret())) {
            return credentials.tokenId();
        }
        throw new LabException(401, "invalid token value!");
    }

    private Issued validTicket(String ticket) {
        Issued issued = tickets.get(ticket);
        if (issued == null || clock.now().getEpochSecond() - issued.issuedEpochS() > TICKET_LIFETIME_S) {
            throw new LabException(401, "invalid PVE ticket");
        }
        return issued;
    }

    /** POST /access/ticket: a new ticket for the password, or for a still-valid ticket (renewal). */
    Map<String, Object> login(HttpExchange exchange) throws InterruptedException {
        String username = exchange.param("username");
        String realm = exchange.param("realm");
        if (username != null && realm != null && !username.contains("@")) {
            username = username + "@" + realm;
        }
        String password = exchange.param("password");
        boolean ok = credentials.user().equals(username) && password != null
                && (credentials.password().equals(password) || isValidTicketFor(password, username));
        if (!ok) {
            clock.sleepMillis(FAILED_LOGIN_DELAY_MS);
            throw new LabException(401, "authentication failure");
        }
        long now = clock.now().getEpochSecond();
        String ticket = String.format(Locale.ROOT, "PVE:%s:%08X::%s", username, now, randomBase64(256));
        String csrf = String.format(Locale.ROOT, "%08X:%s", now, randomBase64(24));
        tickets.put(ticket, new Issued(username, csrf, now));
        return ApiHandler.data(Map.of("username", username, "ticket", ticket, "CSRFPreventionToken", csrf,
                "clustername", "migcal-lab", "cap", Map.of("vms", Map.of("VM.Migrate", 1, "VM.Audit", 1))));
    }

    private boolean isValidTicketFor(String ticket, String username) {
        Issued issued = tickets.get(ticket);
        return issued != null && issued.user().equals(username)
                && clock.now().getEpochSecond() - issued.issuedEpochS() <= TICKET_LIFETIME_S;
    }

    private String randomBase64(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getEncoder().withoutPadding().encodeToString(b).replace('/', '_');
    }
}
