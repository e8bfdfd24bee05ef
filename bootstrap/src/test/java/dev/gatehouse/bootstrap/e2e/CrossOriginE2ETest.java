package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** A browser page on a configured origin can call a protected endpoint: its preflight is answered without a token. */
@TestPropertySource(properties = "app.cors.allowed-origins=" + CrossOriginE2ETest.ALLOWED)
class CrossOriginE2ETest extends EndToEndTest {
    static final String ALLOWED = "https://app.example";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private Environment environment;

    @Test
    void answersThePreflightOfAnAllowedOrigin() throws Exception {
        HttpResponse<String> preflight = preflight(ALLOWED);

        assertThat(preflight.statusCode()).as(preflight.body()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("PATCH"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();

        HttpResponse<String> call = send(HttpRequest.newBuilder(uri("/api/v1/users/me"))
                .header("Origin", ALLOWED)
                .header("Authorization", "Bearer " + userToken())
                .GET());
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    }

    @Test
    void refusesThePreflightOfAnotherOrigin() throws Exception {
        HttpResponse<String> preflight = preflight("https://evil.example");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.body()).contains("https://gatehouse.dev/problems/forbidden");
        assertThat(preflight.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/api/v1/users/me"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path);
    }
}
