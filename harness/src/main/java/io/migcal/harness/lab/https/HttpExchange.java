package io.migcal.harness.lab.https;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One parsed HTTP/1.1 request: method, path (without query), query and form parameters (form-encoded
 * body), and headers with lower-case names.
 */
public record HttpExchange(String method, String path, Map<String, String> query, Map<String, String> headers,
        Map<String, String> form) {

    public HttpExchange {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        form = Map.copyOf(form);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A parameter from the query string or the form body. */
    public String param(String name) {
        String value = form.get(name);
        return value != null ? value : query.get(name);
    }

    /** The value of cookie {@code name}, or null. */
    public String cookie(String name) {
        String cookies = header("cookie");
        if (cookies == null) {
            return null;
        }
        for (String part : cookies.split(";")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return URLDecoder.decode(kv[1].replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Parses {@code a=1&b=2} (URL-encoded); later duplicates win. */
    static Map<String, String> parseParameters(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return params;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
