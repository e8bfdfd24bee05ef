package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
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

    @Test
    void aCharsetAskedForInAcceptIsIgnoredAndTheAnswerIsUtf8Json() throws Exception {
        useCases.answerWith(new UserView(
                UserBuilder.aUser()
                        .withEmail("zoe@example.com")
                        .withDisplayName("Zoë 😀")
                        .build(),
                false));
        String token = TestTokens.signed(UserId.newId(), Role.USER);
        for (String accept : new String[] {
            "application/json;charset=utf-16",
            "application/json;charset=ISO-8859-1",
            "application/json;charset=US-ASCII",
            "application/json;charset=utf-8;q=0.1, application/json;charset=utf-16",
            "application/json; CHARSET=\"windows-1252\""
        }) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri("/api/v1/users/me"))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", accept)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).as(accept).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .as(accept)
                    .contains("\"Zoë 😀\"");
        }
    }

    @Test
    void aCharsetInAcceptOnAPublicEndpointOrAnErrorIsIgnoredToo() throws Exception {
        for (String path : new String[] {"/.well-known/jwks.json", "/api/v1/nothing", "/api/v1/users/me"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header(
                                    "Accept",
                                    "application/json;charset=utf-16, application/problem+json;charset=utf-16")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isIn(200, 401, 404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).doesNotContainIgnoringCase("utf-16"));
            assertThat(response.body()).as(path).doesNotContain("internal-error");
        }
    }

    @Test
    void whatTomcatRefusesAsNotImplementedOrTheWrongVersionIsA400NotA5xx() throws Exception {
        String[] requests = {
            "CONNECT /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n"
                    + "Content-Type: application/json\r\n\r\n",
            "GET /.well-known/jwks.json HTTP/9.9\r\nHost: localhost\r\n\r\n"
        };
        for (String request : requests) {
            String response = exchangeRaw(request);
            String firstLine = request.substring(0, request.indexOf('\r'));

            assertThat(response).as(firstLine).startsWith("HTTP/1.1 400");
            assertThat(response)
                    .as(firstLine)
                    .contains("application/problem+json", "https://gatehouse.dev/problems/malformed-request")
                    .doesNotContain("internal-error", "has been logged");
        }
    }

    private String exchangeRaw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int read; (read = socket.getInputStream().read(buffer)) > 0; ) {
                    received.write(buffer, 0, read);
                    if (received.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException keptOpen) {
                // The answer is complete; the connection was only kept alive.
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
