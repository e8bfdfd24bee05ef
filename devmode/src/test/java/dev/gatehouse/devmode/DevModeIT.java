package dev.gatehouse.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The developer mode end to end, as the README's first command runs it: the built jar, a clean
 * working directory, the embedded PostgreSQL. Never skipped: if PostgreSQL cannot start here, these
 * fail with the developer mode's own explanation in the message.
 */
class DevModeIT {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADA = "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}";
    private static final Map<String, String> MFA_NOT_REQUIRED = Map.of("APP_AUTH_MFA_REQUIRED_FOR_ADMINS", "false");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path workingDirectory;

    @Test
    void startsFromACleanDirectoryAndEnrolsTheAdminItPrintsInTotp() throws Exception {
        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started started = devMode.awaitStarted(START_TIMEOUT);

            AdminTotp totp = storedTotp();
            assertThat(started.block())
                    .contains("DEVELOPER MODE -- NOT FOR PRODUCTION")
                    .contains(started.baseUrl() + "/swagger-ui.html")
                    .contains("created now")
                    .contains("rm -rf " + workingDirectory.resolve(".gatehouse-dev"))
                    .contains("TOTP, enrolled now")
                    .contains("secret " + totp.secret())
                    .contains(totp.otpauthUri())
                    .contains("oathtool --totp -b \"$GATEHOUSE_ADMIN_TOTP_SECRET\"");
            assertThat(totp.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + totp.secret());
            assertThat(totp.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
            assertThat(devMode.output().replace(started.block(), ""))
                    .as("the output but the start-up block")
                    .doesNotContain(totp.secret())
                    .doesNotContain(totp.recoveryCodes().getFirst());

            JsonNode mfa = getJson(started.baseUrl(), "/api/v1/users/me/mfa", signIn(started, totp));
            assertThat(mfa.path("enabled").asBoolean()).as(mfa.toString()).isTrue();
            assertThat(mfa.path("recoveryCodesRemaining").asInt()).isEqualTo(10);
        }
    }

    /**
     * Needs the two-step login (POST /api/v1/auth/login answering 401 mfa-required, then
     * /api/v1/auth/login/mfa): without it the admin gets a password-only token, which the ADMIN-only
     * endpoints refuse.
     */
    @Test
    void theStoredSecretSignsTheAdminInWithTwoStepsAndItListsTheUsers() throws Exception {
        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started started = devMode.awaitStarted(START_TIMEOUT);

            String token = signIn(started, storedTotp());

            assertThat(claims(token).path("acr").asString())
                    .as("the admin's token after signing in with the stored secret (two-step login in this build?)")
                    .isEqualTo("aal2");
            HttpResponse<String> users = get(started.baseUrl(), "/api/v1/users", token);
            assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        }
    }

    @Test
    void aRestartOnTheSameDataFolderFindsTheDataAndTheSameAdminAndSecret() throws Exception {
        DevModeProcess.Started first;
        AdminTotp enrolled;
        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            first = devMode.awaitStarted(START_TIMEOUT);
            enrolled = storedTotp();
            HttpResponse<String> registered = post(
                    first.baseUrl(),
                    "/api/v1/auth/register",
                    "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        }

        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started second = devMode.awaitStarted(START_TIMEOUT);

            assertThat(second.block())
                    .contains("exists since the first start")
                    .contains("TOTP, enrolled at an earlier start")
                    .contains("secret " + enrolled.secret());
            assertThat(storedTotp()).isEqualTo(enrolled);
            assertThat(second.adminEmail()).isEqualTo(first.adminEmail());
            assertThat(second.adminPassword()).isEqualTo(first.adminPassword());
            HttpResponse<String> ada = post(second.baseUrl(), "/api/v1/auth/login", ADA);
            assertThat(ada.statusCode()).as(ada.body()).isEqualTo(200);
            assertThat(signIn(second, enrolled)).isNotBlank();
        }
    }

    /**
     * With the policy off nothing is enrolled; the first start with it on enrols the admin then (as
     * it does for a file written before the developer mode enrolled admins).
     */
    @Test
    void withMfaNotRequiredTheAdminIsNotEnrolledUntilAStartThatRequiresIt() throws Exception {
        startWithMfaNotRequired(started -> {});

        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started started = devMode.awaitStarted(START_TIMEOUT);

            AdminTotp totp = storedTotp();
            assertThat(started.block()).contains("TOTP, enrolled now").contains("secret " + totp.secret());
            JsonNode mfa = getJson(started.baseUrl(), "/api/v1/users/me/mfa", signIn(started, totp));
            assertThat(mfa.path("enabled").asBoolean()).isTrue();
        }
    }

    @Test
    void anEnrolmentThatFailsIsWarnedAboutAndTheServiceServesOn() throws Exception {
        // A password changed by hand: the one in admin.env no longer logs in.
        startWithMfaNotRequired(started -> {
            HttpRequest change = HttpRequest.newBuilder(URI.create(started.baseUrl() + "/api/v1/users/me/password"))
                    .header("Authorization", "Bearer " + passwordToken(started))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("currentPassword", started.adminPassword(), "newPassword", "changed by hand 1843"))))
                    .build();
            HttpResponse<String> changed = http.send(change, HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        });

        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started started = devMode.awaitStarted(START_TIMEOUT);

            assertThat(started.block())
                    .contains("NOT ENROLLED")
                    .contains("POST /api/v1/auth/login answered 401 invalid-credentials")
                    .contains("Multi-factor authentication");
            assertThat(devMode.output()).contains("could not enrol the ADMIN admin@example.com in MFA");
            assertThat(DevAdmin.read(adminFile()).totp()).isEmpty();
            assertThat(get(started.baseUrl(), "/livez", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesToStartWhenADatasourceUrlIsConfigured() throws Exception {
        try (DevModeProcess devMode = DevModeProcess.start(
                workingDirectory, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5432/gatehouse"))) {
            assertThat(devMode.awaitExit(Duration.ofMinutes(1))).isEqualTo(1);
            assertThat(devMode.output()).contains("a datasource URL is configured");
        }
        assertThat(workingDirectory.resolve(".gatehouse-dev")).doesNotExist();
    }

    /**
     * A first start with MFA not required of admins: the admin is not enrolled, and its password
     * alone lists the users; then {@code whileServing}, then a stop.
     */
    private void startWithMfaNotRequired(ThrowingConsumer<DevModeProcess.Started> whileServing) throws Exception {
        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, MFA_NOT_REQUIRED)) {
            DevModeProcess.Started started = devMode.awaitStarted(START_TIMEOUT);
            assertThat(started.block()).contains("not required of admins here");
            assertThat(DevAdmin.read(adminFile()).totp()).isEmpty();
            HttpResponse<String> users = get(started.baseUrl(), "/api/v1/users", passwordToken(started));
            assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
            whileServing.accept(started);
        }
    }

    private Path adminFile() {
        return workingDirectory.resolve(".gatehouse-dev").resolve(GatehouseDevMode.ADMIN_FILE);
    }

    private AdminTotp storedTotp() {
        return DevAdmin.read(adminFile()).totp().orElseThrow(() -> new AssertionError("admin.env has no TOTP secret"));
    }

    /** The admin's token from a login with the password alone, for an admin without MFA. */
    private String passwordToken(DevModeProcess.Started started) throws IOException, InterruptedException {
        HttpResponse<String> login = post(started.baseUrl(), "/api/v1/auth/login", credentials(started));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return JSON.readTree(login.body()).path("access_token").asString();
    }

    /**
     * Signs the admin in as a client with its authenticator does: the password, and when that answers
     * {@code mfa-required} the second step with a code computed from the stored secret. The code is
     * the next step's: the current one may be the step the enrolment spent. Where the login has no
     * second step yet, the password's answer is the token.
     */
    private String signIn(DevModeProcess.Started started, AdminTotp totp) throws IOException, InterruptedException {
        HttpResponse<String> login = post(started.baseUrl(), "/api/v1/auth/login", credentials(started));
        JsonNode answer = JSON.readTree(login.body());
        if (login.statusCode() == 401 && answer.path("type").asString().endsWith("/mfa-required")) {
            Totp maths = new Totp();
            String code = maths.codeAt(TotpSecret.of(Base32.decode(totp.secret())), maths.stepAt(Instant.now()) + 1);
            login = post(
                    started.baseUrl(),
                    "/api/v1/auth/login/mfa",
                    JSON.writeValueAsString(
                            Map.of("mfaToken", answer.path("mfaToken").asString(), "code", code)));
            answer = JSON.readTree(login.body());
        }
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return answer.path("access_token").asString();
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String credentials(DevModeProcess.Started started) {
        return JSON.writeValueAsString(Map.of("email", started.adminEmail(), "password", started.adminPassword()));
    }

    private JsonNode getJson(String baseUrl, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = get(baseUrl, path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String baseUrl, String path, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String baseUrl, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
