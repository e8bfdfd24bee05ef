package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's "A first session with curl", exactly as written there, run with bash against the
 * service: twice in a row (each run must make its own accounts), with the rate limit a deployment
 * has by default. Each call must succeed (the walkthrough uses {@code curl -f} and {@code jq -e},
 * and runs here under {@code set -euo pipefail}), and afterwards the audit log must show that the
 * walkthrough did what its comments say. Needs bash, curl and jq on the PATH.
 */
@TestPropertySource(properties = "app.rate-limit.enabled=true")
// Each test gets a fresh server, and so a full per-address budget: the promise is that the walkthrough
// runs twice within the default limit, whichever test ran before.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReadmeWalkthroughE2ETest extends EndToEndTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String SECTION = "## A first session with curl";
    private static final String DOCUMENTED_BASE_URL = "http://localhost:8080";
    private static final long RUN_TIME_LIMIT_SECONDS = 120;

    private static final List<String> WALKTHROUGH_EVENTS = List.of(
            "USER_REGISTERED",
            "PASSWORD_CHANGED",
            "USER_CREATED",
            "ROLES_CHANGED",
            "USER_DISABLED",
            "USER_DELETED",
            "TOKEN_REFRESHED",
            "SESSION_REVOKED",
            "LOGGED_OUT",
            "SIGNING_KEY_ROTATED");

    @Autowired
    private Environment environment;

    /** One admin login per test for reading the audit log, so the checks spend little of the budget. */
    private String admin;

    @Test
    void theWalkthroughWorksTwiceInARowAgainstOneServer() throws Exception {
        String walkthrough = walkthroughFromReadme();
        Map<String, Integer> before = eventCounts();

        Run first = run(walkthrough, ADMIN_PASSWORD);
        Run second = run(walkthrough, ADMIN_PASSWORD);

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        // What the comments promise, once per run: accounts created, changed and deleted, a session
        // ended, a log-out.
        Map<String, Integer> after = eventCounts();
        before.forEach(
                (type, count) -> assertThat(after.get(type) - count).as(type).isEqualTo(2));
    }

    @Test
    void aRefusedLoginStopsTheWalkthroughLoudly() throws Exception {
        Map<String, Integer> before = eventCounts();

        Run run = run(walkthroughFromReadme(), "not the admin's password");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("error: 401").doesNotContain("Bearer null");
        assertThat(eventCounts())
                .as("nothing after the refused login ran")
                .containsEntry("USER_CREATED", before.get("USER_CREATED"))
                .containsEntry("SIGNING_KEY_ROTATED", before.get("SIGNING_KEY_ROTATED"));
    }

    /** How many events of each type the walkthrough should cause the audit log holds. */
    private Map<String, Integer> eventCounts() {
        if (admin == null) {
            admin = adminToken();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String type : WALKTHROUGH_EVENTS) {
            counts.put(
                    type,
                    api.get("/api/v1/audit-events?type=" + type, admin)
                            .json()
                            .path("totalItems")
                            .asInt());
        }
        return counts;
    }

    /** The bash blocks of the README's walkthrough section, pointed at this test's server. */
    private String walkthroughFromReadme() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int heading = lines.indexOf(SECTION);
        assertThat(heading).as("README has the section " + SECTION).isNotNegative();
        List<String> code = new ArrayList<>();
        boolean inBash = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (!inBash && line.startsWith("## ")) {
                break;
            }
            if (line.equals("```bash")) {
                inBash = true;
            } else if (inBash && line.equals("```")) {
                inBash = false;
            } else if (inBash) {
                code.add(line);
            }
        }
        String script = String.join("\n", code) + "\n";
        assertThat(script).as("the walkthrough names the default address").contains(DOCUMENTED_BASE_URL);
        return script.replace(
                DOCUMENTED_BASE_URL, "http://localhost:" + environment.getRequiredProperty("local.server.port"));
    }

    private record Run(int exitCode, String output) {}

    private static Run run(String walkthrough, String adminPassword) throws IOException, InterruptedException {
        Path script = Files.createTempFile("readme-walkthrough", ".sh");
        Path output = Files.createTempFile("readme-walkthrough", ".out");
        try {
            Files.writeString(script, "set -euo pipefail\n" + walkthrough, StandardCharsets.UTF_8);
            ProcessBuilder bash = new ProcessBuilder("bash", script.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            bash.environment()
                    .putAll(Map.of("GATEHOUSE_ADMIN_EMAIL", ADMIN_EMAIL, "GATEHOUSE_ADMIN_PASSWORD", adminPassword));
            Process process = startOrExplain(bash);
            boolean ended = process.waitFor(RUN_TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended)
                    .as("the walkthrough ended within %d s:%n%s", RUN_TIME_LIMIT_SECONDS, printed)
                    .isTrue();
            assertThat(printed)
                    .as("curl and jq are installed (apt-get install curl jq)")
                    .doesNotContain("curl: command not found")
                    .doesNotContain("jq: command not found");
            return new Run(process.exitValue(), printed);
        } finally {
            Files.delete(script);
            Files.delete(output);
        }
    }

    private static Process startOrExplain(ProcessBuilder bash) throws IOException {
        try {
            return bash.start();
        } catch (IOException noBash) {
            throw new IOException("The README walkthrough test runs bash, with curl and jq; install them", noBash);
        }
    }
}
