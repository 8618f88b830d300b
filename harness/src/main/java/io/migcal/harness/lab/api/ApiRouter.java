package io.migcal.harness.lab.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.harness.lab.https.HttpExchange;
import io.migcal.harness.lab.https.HttpReply;
import io.migcal.harness.lab.pve.EmulatedRelease;
import io.migcal.harness.lab.state.LabException;
import io.migcal.harness.lab.state.LabFaults;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Routes {@code /api2/json/...} to its handler after authentication, and renders errors the way
 * pveproxy does: the text in the reason phrase, {@code {"data":null}} in the body (plus a
 * {@code message} on releases that have it), parameter errors as 400 with an {@code errors} object,
 * calls for an offline node as 595; while the faults say so, every call as 503 or held back.
 */
public final class ApiRouter implements Function<HttpExchange, HttpReply> {
    private static final String PREFIX = "/api2/json";

    private record Route(String method, String[] segments, ApiHandler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final ApiAuth auth;
    private final LabFaults faults;
    private final EmulatedRelease version;
    private final ObjectMapper json = new ObjectMapper();

    ApiRouter(ApiAuth auth, LabFaults faults, EmulatedRelease version) {
        this.auth = auth;
        this.faults = faults;
        this.version = version;
    }

    ApiRouter route(String method, String pattern, ApiHandler handler) {
        routes.add(new Route(method, pattern.substring(1).split("/"), handler));
        return this;
    }

    @Override
    public HttpReply apply(HttpExchange exchange) {
        try {
            Map<String, Object> data = dispatch(exchange);
            faults.stallIfAsked(); // processed, but the reply comes too late: the client cannot know which
            return reply(200, "OK", data);
        } catch (LabException e) {
            return error(e.httpStatus(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(500, "interrupted");
        } catch (RuntimeException e) {
            return error(500, "internal error: " + e.getMessage());
        }
    }

    private Map<String, Object> dispatch(HttpExchange exchange) throws InterruptedException {
        if (!exchange.path().startsWith(PREFIX + "/")) {
            throw new LabException(404, "Not Found");
        }
        if (faults.apiUnavailableNow()) {
            throw new LabException(503, "Service Unavailable");
        }
        String relative = exchange.path().substring(PREFIX.length());
        if ("POST".equals(exchange.method()) && "/access/ticket".equals(relative)) {
            return auth.login(exchange);
        }
        String user = auth.authenticate(exchange);
        String[] segments = relative.substring(1).split("/");
        for (Route route : routes) {
            Map<String, String> params = match(route.segments(), segments);
            if (params != null && route.method().equals(exchange.method())) {
                String node = params.get("node");
                if (node != null && faults.nodeOffline(node)) {
                    throw new LabException(595, "No route to host");
                }
                return route.handler().handle(new ApiCall(exchange, params, user));
            }
        }
        throw new LabException(501, "Method '" + exchange.method() + " " + relative + "' not implemented");
    }

    private static Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String segment = URLDecoder.decode(segments[i], StandardCharsets.UTF_8);
            if (pattern[i].startsWith("{")) {
                params.put(pattern[i].substring(1, pattern[i].length() - 1), segment);
            } else if (!pattern[i].equals(segment)) {
                return null;
            }
        }
        return params;
    }

    private HttpReply error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", null);
        if (status == 400) {
            int colon = message.indexOf(": ");
            String param = colon > 0 && !message.substring(0, colon).contains(" ") ? message.substring(0, colon) : "target";
            body.put("errors", Map.of(param, colon > 0 ? message.substring(colon + 2) : message));
            return reply(400, "Parameter verification failed.", body);
        }
        if (version.errorMessageInBody()) {
            body.put("message", message + "\n");
        }
        return reply(status, message, body);
    }

    private HttpReply reply(int status, String reason, Map<String, Object> body) {
        try {
            return HttpReply.json(status, reason, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unrenderable reply", e);
        }
    }
}
