package io.migcal.harness.pve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends signed requests to the Proxmox API and returns the reply's {@code data}. Bodies are
 * form-encoded (accepted by every PVE version). Errors become one-line exceptions that name the
 * call but never carry headers, cookies or form values.
 */
public final class PveHttp {
    private final PveEndpoint endpoint;
    private final OkHttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final RequestSigner signer;
    private final Reconnector reconnector;
    private final String login;

    public PveHttp(PveEndpoint endpoint, PveAuth auth, MonotonicClock clock) {
        this(endpoint, auth, clock, Reconnector.NONE, Duration.ofSeconds(60));
    }

    /**
     * {@code reconnector} retries calls that are safe to repeat when the connection is refused, reset
     * or times out, or the API answers 503; {@code readTimeout} (wall time) bounds one reply.
     */
    public PveHttp(PveEndpoint endpoint, PveAuth auth, MonotonicClock clock, Reconnector reconnector,
            Duration readTimeout) {
        this.endpoint = endpoint;
        this.reconnector = reconnector;
        this.client = PveTls.apply(new OkHttpClient.Builder(), endpoint)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(readTimeout)
                .followRedirects(false)
                // pveproxy speaks HTTP/1.1, and older versions put the error text only in its reason phrase
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
        this.login = auth instanceof PveAuth.Token token ? token.tokenId() : ((PveAuth.Ticket) auth).username();
        this.signer = auth instanceof PveAuth.Token token
                ? RequestSigner.token(token)
                : new TicketSigner((PveAuth.Ticket) auth, this::issueTicket, clock);
    }

    public PveEndpoint endpoint() {
        return endpoint;
    }

    /** Who the calls run as: the ticket's user, or the token id ({@code user@realm!token}). */
    public String login() {
        return login;
    }

    public JsonNode get(Map<String, String> query, String... path) throws IOException, InterruptedException {
        HttpUrl.Builder url = endpoint.url(path).newBuilder();
        query.forEach(url::addQueryParameter);
        return send(new Request.Builder().url(url.build()).get(), false);
    }

    public JsonNode post(Map<String, String> form, String... path) throws IOException, InterruptedException {
        return send(new Request.Builder().url(endpoint.url(path)).post(form(form)), true);
    }

    public JsonNode put(Map<String, String> form, String... path) throws IOException, InterruptedException {
        return send(new Request.Builder().url(endpoint.url(path)).put(form(form)), true);
    }

    public JsonNode delete(String... path) throws IOException, InterruptedException {
        return send(new Request.Builder().url(endpoint.url(path)).delete(), true);
    }

    private JsonNode send(Request.Builder request, boolean write) throws IOException, InterruptedException {
        signer.sign(request, write);
        return execute(request.build());
    }

    /**
     * Sends {@code request}, retrying it on a broken link when sending it twice does no harm: reads,
     * deletes and logins always, and any request the API refused with 503 (it was not processed).
     * A request that is not safe to repeat and lost its connection ends in a {@link PveLinkException}.
     */
    private JsonNode execute(Request request) throws IOException {
        boolean repeatable = !"POST".equals(request.method()) || request.url().encodedPath().endsWith("/access/ticket");
        String what = request.method() + " " + request.url().encodedPath().replaceFirst("^/api2/json", "") + " on "
                + endpoint.describe();
        try {
            return reconnector.call(what, () -> executeOnce(request),
                    e -> unavailable(e) || repeatable && PveHttp.linkBroke(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to retry " + what);
        } catch (IOException e) {
            if (!repeatable && linkBroke(e)) {
                throw new PveLinkException(e.getMessage() + "; the request may have been processed", e);
            }
            throw e;
        }
    }

    private static boolean unavailable(IOException e) {
        return e instanceof PveApiException api && api.httpStatus() == 503;
    }

    /** Refused, reset or timed out: not an answer from the API, not the TLS check, not an interrupt. */
    static boolean linkBroke(IOException e) {
        if (e instanceof PveTlsException) {
            return handshakeCutOff(e); // a peer that hung up mid-handshake, not a certificate it failed to prove
        }
        if (e instanceof PveApiException || e instanceof io.migcal.harness.reconnect.LinkDownException) {
            return false;
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause instanceof java.net.SocketTimeoutException || !(cause instanceof java.io.InterruptedIOException);
    }

    private TicketSigner.IssuedTicket issueTicket(String username, String password) throws IOException {
        Request request = new Request.Builder().url(endpoint.url("access", "ticket"))
                .post(form(Map.of("username", username, "password", password))).build();
        JsonNode data = execute(request);
        String ticket = data.path("ticket").asText("");
        String csrf = data.path("CSRFPreventionToken").asText("");
        if (ticket.isEmpty() || csrf.isEmpty()) {
            throw new IOException("POST /access/ticket on " + endpoint.describe()
                    + ": the reply has no ticket; is this a Proxmox VE API?");
        }
        return new TicketSigner.IssuedTicket(ticket, csrf);
    }

    private static RequestBody form(Map<String, String> fields) {
        FormBody.Builder body = new FormBody.Builder();
        fields.forEach(body::add);
        return body.build();
    }

    private static boolean handshakeCutOff(IOException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateException) {
                return false;
            }
            if (t instanceof java.io.EOFException || t instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    private JsonNode executeOnce(Request request) throws IOException {
        String call = request.method() + " " + request.url().encodedPath().replaceFirst("^/api2/json", "");
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new PveApiException(call, response.code(), PveErrorText.of(response.message(), text, json));
            }
            return json.readTree(text.isEmpty() ? "{}" : text).path("data");
        } catch (SSLException e) {
            throw PveTlsFailure.describe(call, endpoint, e);
        } catch (PveApiException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(call + " on " + endpoint.describe() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().replaceAll("\\s+", " ")), e);
        }
    }
}
