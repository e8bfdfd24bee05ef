package dev.gatehouse.devmode;

import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrols the developer mode's ADMIN in TOTP the way any client does, over HTTP against the running
 * application: log in with the password, set TOTP up, confirm it with a code computed from the
 * secret (the RFC 6238 maths of {@link Totp}, what an authenticator app runs). No back door and no
 * switch that weakens the policy: the application sees an ordinary client, and the admin it hands
 * the newcomer can use the ADMIN-only endpoints under the default policy.
 *
 * <p>Whether MFA is required is asked of the application rather than read from the settings a
 * second time: the admin's password-only token is tried on an ADMIN-only endpoint, and a 200 means
 * the policy is off (nothing to enrol).
 *
 * <p>The secret, the URI and the recovery codes are handed back to be stored and shown in the
 * start-up block only; a failure names the call and the problem type, never a response body.
 */
final class AdminTotpEnrolment {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI baseUrl;
    private final Clock clock;

    AdminTotpEnrolment(URI baseUrl, Clock clock) {
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Enrols the account {@code email} / {@code password}, or says why it did not. */
    AdminMfa enrol(String email, String password) {
        try {
            Answer login =
                    call("POST", "/api/v1/auth/login", Optional.empty(), Map.of("email", email, "password", password));
            if (login.is(401, "mfa-required")) {
                return new AdminMfa.EnrolledElsewhere();
            }
            String token = login.expect(200).path("access_token").asString();
            Optional<String> bearer = Optional.of(token);
            Answer adminOnly = call("GET", "/api/v1/users?size=1", bearer, null);
            if (adminOnly.status() == 200) {
                return new AdminMfa.NotRequired();
            }
            adminOnly.expect(401, "insufficient-user-authentication");
            Answer setup = call("POST", "/api/v1/users/me/mfa/totp/setup", bearer, Map.of("currentPassword", password));
            if (setup.is(409, "mfa-already-enabled")) {
                return new AdminMfa.EnrolledElsewhere();
            }
            JsonNode secretAndUri = setup.expect(200);
            String secret = secretAndUri.path("secret").asString();
            Answer confirm =
                    call("POST", "/api/v1/users/me/mfa/totp/confirm", bearer, Map.of("code", currentCode(secret)));
            List<String> recoveryCodes = confirm.expect(200)
                    .path("recoveryCodes")
                    .valueStream()
                    .map(JsonNode::asString)
                    .toList();
            return new AdminMfa.Enrolled(
                    new AdminTotp(secret, secretAndUri.path("otpauthUri").asString(), recoveryCodes), true);
        } catch (UnexpectedAnswer e) {
            return new AdminMfa.Failed(e.getMessage());
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            return new AdminMfa.Failed(e.getClass().getSimpleName() + " while talking to " + baseUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AdminMfa.Failed("interrupted");
        }
    }

    private String currentCode(String base32Secret) {
        Totp totp = new Totp();
        return totp.codeAt(TotpSecret.of(Base32.decode(base32Secret)), totp.stepAt(clock.instant()));
    }

    private Answer call(String method, String path, Optional<String> bearer, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(method + " " + path, response.statusCode(), response.body());
    }

    /** An HTTP answer; its body is read only when it is the one expected, or as a problem's type. */
    private record Answer(String call, int status, String body) {
        boolean is(int expectedStatus, String problemSlug) {
            return status == expectedStatus && problemSlug.equals(problemSlug());
        }

        JsonNode expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw unexpected();
            }
            return JSON.readTree(body);
        }

        void expect(int expectedStatus, String problemSlug) {
            if (!is(expectedStatus, problemSlug)) {
                throw unexpected();
            }
        }

        private UnexpectedAnswer unexpected() {
            String problem = problemSlug();
            return new UnexpectedAnswer(call + " answered " + status + (problem.isEmpty() ? "" : " " + problem));
        }

        /** The last segment of a problem's {@code type}, empty for any other body. */
        private String problemSlug() {
            try {
                String type = JSON.readTree(body).path("type").asString("");
                return type.substring(type.lastIndexOf('/') + 1);
            } catch (JacksonException notJson) {
                return "";
            }
        }
    }

    private static final class UnexpectedAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnexpectedAnswer(String message) {
            super(message);
        }
    }
}
