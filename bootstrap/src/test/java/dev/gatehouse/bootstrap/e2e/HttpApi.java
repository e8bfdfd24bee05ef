package dev.gatehouse.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the end-to-end tests: real requests over a real socket. */
final class HttpApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    HttpApi(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    record Response(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        java.util.List<String> headers(String name) {
            return headers.allValues(name);
        }

        String contentType() {
            return header("Content-Type");
        }

        /** The problem slug: the last path segment of the problem's {@code type}. */
        String problemSlug() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }

    Response get(String path, String accessToken) {
        return send(request(path, accessToken).GET());
    }

    /** A GET that accepts Prometheus's text format, as a scraper sends it. */
    Response scrape(String path, String accessToken) {
        return send(request(path, accessToken).setHeader("Accept", "text/plain").GET());
    }

    Response delete(String path, String accessToken) {
        return send(request(path, accessToken).DELETE());
    }

    Response post(String path, Object body, String accessToken) {
        return send(withJson(request(path, accessToken), "POST", body));
    }

    Response put(String path, Object body, String accessToken) {
        return send(withJson(request(path, accessToken), "PUT", body));
    }

    Response patch(String path, Object body, String accessToken) {
        return send(withJson(request(path, accessToken), "PATCH", body));
    }

    /** Sends the body exactly as given, with the given content type. */
    Response raw(String method, String path, String contentType, byte[] body, String accessToken) {
        HttpRequest.Builder builder =
                request(path, accessToken).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** A GET with extra headers (an Authorization of another scheme, say). */
    Response getWithHeaders(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, null);
        headers.forEach(builder::header);
        return send(builder.GET());
    }

    /** A GET with one {@code Authorization} header for each value, in this order. */
    Response getWithAuthorizations(String path, java.util.List<String> authorizations) {
        HttpRequest.Builder builder = request(path, null);
        authorizations.forEach(value -> builder.header("Authorization", value));
        return send(builder.GET());
    }

    /** A GET that accepts only {@code accept} instead of JSON. */
    Response getAccepting(String path, String accept, String accessToken) {
        return send(request(path, accessToken).setHeader("Accept", accept).GET());
    }

    /** A JSON POST that accepts only {@code accept} instead of JSON. */
    Response postAccepting(String path, Object body, String accept) {
        return send(withJson(request(path, null).setHeader("Accept", accept), "POST", body));
    }

    /** A POST with extra headers (e.g. a Cookie); {@code body} may be null for none. */
    Response postWithHeaders(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, null);
        headers.forEach(builder::header);
        if (body == null) {
            return send(builder.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(withJson(builder, "POST", body));
    }

    static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    static Map<String, Object> body(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String path, String accessToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return builder;
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder builder, String method, Object body) {
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json(body)));
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
