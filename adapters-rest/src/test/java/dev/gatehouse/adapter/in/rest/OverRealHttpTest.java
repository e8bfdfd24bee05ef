package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real servlet container shows: bodies without Content-Length, and errors decided
 * outside Spring MVC that reach the client through the error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverRealHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StubUseCases useCases;

    @BeforeEach
    void reset() {
        useCases.reset();
    }

    @Test
    void aChunkedBodyOverOneMebibyteIs413() throws Exception {
        byte[] body = ("{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);
        // A stream publisher has no known length, so the client sends the body chunked.
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://gatehouse.dev/problems/payload-too-large");
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aRequestTheFirewallRejectsGetsAProblemFromTheErrorPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/users/me;x=1")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://gatehouse.dev/problems/").doesNotContain("Exception");
    }

    @Test
    void aPathTomcatItselfRefusesGetsAProblemNotAnHtmlPage() throws Exception {
        for (String path : new String[] {"/api/v1/users/%00", "/api/v1/users/a%2Fb"}) {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body())
                    .contains("https://gatehouse.dev/problems/malformed-request")
                    .doesNotContain("<html")
                    .doesNotContain("Tomcat");
        }
    }

    @Test
    void anUnknownPathWithoutTokenIs404WithoutAChallenge() throws Exception {
        // Spring Boot's static resources map /** here, and still the path is not taken for one that exists.
        for (String path : new String[] {"/", "/nothing", "/api/v1/usres"}) {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .isEmpty();
            assertThat(response.body()).contains("https://gatehouse.dev/problems/not-found");
        }
    }

    @Test
    void aProtectedPathWithoutTokenIs401WithAChallenge() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/users/me")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("https://gatehouse.dev/problems/unauthorized");
    }

    @Test
    void aRefreshWithoutBodyOrContentTypeReachesTheEndpointAndIsAskedForTheToken() throws Exception {
        // With cookies off (the default) a cookie changes nothing; without a body there is no 415.
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/auth/refresh"))
                .header("Cookie", "gatehouse_refresh=cookie-token")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("https://gatehouse.dev/problems/validation-failed", "refresh_token");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aStandingCheckThatCannotReachTheStoreIs503FromTheRealContainerToo() throws Exception {
        useCases.failStandingChecksWith(new StoreUnavailableException(new IllegalStateException("connection refused")));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/users/me"))
                .header("Authorization", "Bearer " + TestTokens.signed(UserId.newId(), Role.USER))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("https://gatehouse.dev/problems/service-unavailable")
                .doesNotContain("connection refused", "Exception");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
