package io.migcal.harness.lab.api;

import io.migcal.harness.lab.https.HttpExchange;
import java.util.Map;

/** One authenticated API request with the parameters its path matched. */
public record ApiCall(HttpExchange exchange, Map<String, String> pathParams, String user) {

    public String path(String name) {
        return pathParams.get(name);
    }

    public String param(String name) {
        return exchange.param(name);
    }

    public boolean userIsRootPam() {
        return "root@pam".equals(user);
    }
}
