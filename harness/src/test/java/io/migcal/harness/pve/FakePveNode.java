package io.migcal.harness.pve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Proxmox VE API node on MockWebServer, answering with the real JSON shapes (docs/proxmox-versions.md, "The API calls"):
 * token or ticket auth (CSRF checked on writes, renewal by posting the ticket), the migrate call,
 * task status and paged logs, task lists and DELETE. Every request is kept for assertions.
 */
final class FakePveNode extends Dispatcher {
    static final String TOKEN_ID = "migcal@pve!harness";
    static final String TOKEN_SECRET = "5e7a1c9e-0b6d-4f3a-9c1e-token-secret";
    static final String PASSWORD = "correct horse battery staple";

    private final ObjectMapper json = new ObjectMapper();
    final List<RecordedRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, ScriptedTask> tasks = new ConcurrentHashMap<>();
    final Map<String, String> csrfByTicket = new ConcurrentHashMap<>();
    /** Further GET answers by decoded path; the function sees the request (for query parameters). */
    final Map<String, java.util.function.Function<RecordedRequest, MockResponse>> extraGets = new ConcurrentHashMap<>();
    volatile Supplier<MockResponse> migrateAnswer = () -> error(500, "no migration scripted", null);
    /** Task-list entries, revealed once the HA task has stopped (HA starts the real task later). */
    volatile List<Upid> listedMigrations = List.of();
    volatile ScriptedTask listedAfter;
    /** Status polls to answer with a proxy error before answering normally. */
    final java.util.concurrent.atomic.AtomicInteger statusFailures = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        HttpUrl url = request.getRequestUrl();
        String path = url.encodedPath().replaceFirst("^/api2/json", "");
        if (path.equals("/access/ticket") && "POST".equals(request.getMethod())) {
            return ticket(request.getBody().clone().readUtf8());
        }
        if (!authenticated(request)) {
            return error(401, "authentication failure", null);
        }
        if (!"GET".equals(request.getMethod()) && !csrfValid(request)) {
            return error(401, "Permission denied - invalid csrf token", null);
        }
        return route(request, url, path);
    }

    private MockResponse route(RecordedRequest request, HttpUrl url, String path) {
        List<String> seg = url.pathSegments().subList(2, url.pathSize());
        var extra = extraGets.get("/" + String.join("/", seg));
        if (extra != null && request.getMethod().equals("GET")) {
            return extra.apply(request);
        }
        if (request.getMethod().equals("POST") && path.matches("/nodes/[^/]+/qemu/\\d+/migrate")) {
            return migrateAnswer.get();
        }
        if (seg.size() >= 4 && seg.get(0).equals("nodes") && seg.get(2).equals("tasks")) {
            return task(request.getMethod(), seg, url);
        }
        if (path.matches("/nodes/[^/]+/tasks")) {
            return taskList();
        }
        return error(501, "Method '" + request.getMethod() + " " + path + "' not implemented", null);
    }

    private MockResponse task(String method, List<String> seg, HttpUrl url) {
        ScriptedTask task = tasks.get(seg.get(3));
        if (task == null) {
            return error(500, "unable to open file - No such file or directory", null);
        }
        if (method.equals("DELETE")) {
            task.cancel();
            return data(json.nullNode());
        }
        if (seg.size() == 5 && seg.get(4).equals("status")) {
            if (statusFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return error(595, "Connection refused", null);
            }
            task.poll();
            return data(status(task));
        }
        return log(task, Integer.parseInt(url.queryParameter("start")), Integer.parseInt(url.queryParameter("limit")));
    }

    private ObjectNode status(ScriptedTask task) {
        Upid u = task.upid;
        ObjectNode s = json.createObjectNode().put("upid", u.text()).put("node", u.node()).put("pid", u.pid())
                .put("pstart", u.pstartTicks()).put("starttime", u.startEpochS()).put("type", u.type())
                .put("id", u.id()).put("user", u.user());
        s.put("status", task.stopped() ? "stopped" : "running");
        if (task.stopped()) {
            s.put("exitstatus", task.exitStatus());
        }
        return s;
    }

    private MockResponse log(ScriptedTask task, int start, int limit) {
        List<String> lines = task.visibleLines();
        ArrayNode page = json.createArrayNode();
        if (lines.isEmpty()) {
            page.addObject().put("n", 1).put("t", "no content");
        }
        for (int i = start; i < Math.min(lines.size(), start + limit); i++) {
            page.addObject().put("n", i + 1).put("t", lines.get(i));
        }
        ObjectNode body = json.createObjectNode().put("total", Math.max(1, lines.size()));
        body.set("data", page);
        return new MockResponse().setBody(body.toString());
    }

    private MockResponse taskList() {
        ArrayNode list = json.createArrayNode();
        if (listedAfter == null || listedAfter.stopped()) {
            for (Upid u : listedMigrations) {
                list.addObject().put("upid", u.text()).put("node", u.node()).put("type", u.type()).put("id", u.id())
                        .put("user", u.user()).put("starttime", u.startEpochS());
            }
        }
        return data(list);
    }

    private MockResponse ticket(String form) {
        Map<String, String> fields = FormFields.parse(form);
        String password = fields.getOrDefault("password", "");
        if (!"root@pam".equals(fields.get("username"))
                || !(password.equals(PASSWORD) || csrfByTicket.containsKey(password))) {
            return error(401, "authentication failure", null);
        }
        int n = csrfByTicket.size() + 1;
        String ticket = "PVE:root@pam:6650A1B" + n + "::signature" + n;
        String csrf = "6650A1B" + n + ":csrf" + n;
        csrfByTicket.put(ticket, csrf);
        return data(json.createObjectNode().put("username", "root@pam").put("ticket", ticket)
                .put("CSRFPreventionToken", csrf).put("clustername", "lab"));
    }

    private boolean authenticated(RecordedRequest request) {
        String auth = request.getHeader("Authorization");
        if (auth != null) {
            return auth.equals("PVEAPIToken=" + TOKEN_ID + "=" + TOKEN_SECRET);
        }
        return ticketOf(request) != null;
    }

    private boolean csrfValid(RecordedRequest request) {
        String ticket = ticketOf(request);
        return ticket == null || ticket.isEmpty() || csrfByTicket.get(ticket).equals(request.getHeader("CSRFPreventionToken"));
    }

    /** The ticket from the cookie if it is one we issued; "" for token requests; null when unauthenticated. */
    private String ticketOf(RecordedRequest request) {
        if (request.getHeader("Authorization") != null) {
            return "";
        }
        String cookie = request.getHeader("Cookie");
        if (cookie == null || !cookie.startsWith("PVEAuthCookie=")) {
            return null;
        }
        String ticket = cookie.substring("PVEAuthCookie=".length());
        return csrfByTicket.containsKey(ticket) ? ticket : null;
    }

    MockResponse data(Object value) {
        ObjectNode body = json.createObjectNode();
        body.set("data", json.valueToTree(value));
        return new MockResponse().setHeader("Content-Type", "application/json;charset=UTF-8").setBody(body.toString());
    }

    /** An error as pve-http-server sends it: text in the reason phrase; since 2025 also in {@code message}. */
    static MockResponse error(int code, String reason, String jsonBody) {
        return new MockResponse().setStatus("HTTP/1.1 " + code + " " + reason)
                .setBody(jsonBody == null ? "{\"data\":null}" : jsonBody);
    }

    List<RecordedRequest> requestsTo(String method, String pathRegex) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.getMethod().equals(method))
                    .filter(r -> r.getRequestUrl().encodedPath().replaceFirst("^/api2/json", "").matches(pathRegex))
                    .toList();
        }
    }
}
