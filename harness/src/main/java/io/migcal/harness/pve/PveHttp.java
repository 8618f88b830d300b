package io.migcal.harness.pve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    public PveHttp(PveEndpoint endpoint, PveAuth auth, MonotonicClock clock) {
        this.endpoint = endpoint;
        this.client = PveTls.apply(new OkHttpClient.Builder(), endpoint)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .followRedirects(false)
                // pveproxy speaks HTTP/1.1, and older versions put the error text only in its reason phrase
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
        this.signer = auth instanceof PveAuth.Token token
                ? RequestSigner.token(token)
                : new TicketSigner((PveAuth.Ticket) auth, this::issueTicket, clock);
    }

    public PveEndpoint endpoint() {
        return endpoint;
    }

    public JsonNode get(Map<String, String> query, String... path) throws IOException, InterruptedException {
        HttpUrl.Builder url = endpoint.url(path).newBuilder();
        query.forEach(url::addQueryParameter);
        return send(new Request.Builder().url(url.build()).get(), false);
    }

    public JsonNode post(Map<String, String> form, String... path) throws IOException, InterruptedException {
        return send(new Request.Builder().url(endpoint.url(path)).post(form(form)), true);
    }

    public JsonNode delete(String... path) throws IOException, InterruptedException {
        return send(new Request.Builder().url(endpoint.url(path)).delete(), true);
    }

    private JsonNode send(Request.Builder request, boolean write) throws IOException, InterruptedException {
        signer.sign(request, write);
        return execute(request.build());
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

    private JsonNode execute(Request request) throws IOException {
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
