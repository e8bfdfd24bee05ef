package dev.gatehouse.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path workingDirectory;

    @Test
    void startsFromACleanDirectoryAndTheBootstrapAdminItPrintsCanLogIn() throws Exception {
        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started started = devMode.awaitStarted(START_TIMEOUT);

            assertThat(started.block())
                    .contains("DEVELOPER MODE -- NOT FOR PRODUCTION")
                    .contains(started.baseUrl() + "/swagger-ui.html")
                    .contains("created now")
                    .contains("rm -rf " + workingDirectory.resolve(".gatehouse-dev"));
            HttpResponse<String> login = post(started.baseUrl(), "/api/v1/auth/login", credentials(started));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(JSON.readTree(login.body()).path("access_token").asString())
                    .isNotBlank();
        }
    }

    @Test
    void aRestartOnTheSameDataFolderFindsTheDataAndTheSameAdmin() throws Exception {
        DevModeProcess.Started first;
        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            first = devMode.awaitStarted(START_TIMEOUT);
            HttpResponse<String> registered = post(
                    first.baseUrl(),
                    "/api/v1/auth/register",
                    "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        }

        try (DevModeProcess devMode = DevModeProcess.start(workingDirectory, Map.of())) {
            DevModeProcess.Started second = devMode.awaitStarted(START_TIMEOUT);

            assertThat(second.block()).contains("exists since the first start");
            assertThat(second.adminEmail()).isEqualTo(first.adminEmail());
            assertThat(second.adminPassword()).isEqualTo(first.adminPassword());
            HttpResponse<String> ada = post(second.baseUrl(), "/api/v1/auth/login", ADA);
            assertThat(ada.statusCode()).as(ada.body()).isEqualTo(200);
            HttpResponse<String> admin = post(second.baseUrl(), "/api/v1/auth/login", credentials(second));
            assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
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

    private static String credentials(DevModeProcess.Started started) {
        return JSON.writeValueAsString(Map.of("email", started.adminEmail(), "password", started.adminPassword()));
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
