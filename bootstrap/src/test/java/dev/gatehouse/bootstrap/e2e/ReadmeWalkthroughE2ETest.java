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
 * has by default; and its MFA journey after it. Each call must succeed (the walkthrough uses
 * {@code curl -f} and {@code jq -e}, and runs here under {@code set -euo pipefail}), and afterwards
 * the audit log must show that the walkthrough did what its comments say. The bootstrap admin is
 * enrolled in MFA over the API first, as the README asks, and each run waits for a TOTP step whose
 * code nobody has used yet, as a person at the keyboard would. Needs bash, curl, jq and oathtool.
 */
@TestPropertySource(properties = "app.rate-limit.enabled=true")
// Each test gets a fresh server, and so a full per-address budget: the promise is that the walkthrough
// runs twice within the default limit, whichever test ran before.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReadmeWalkthroughE2ETest extends EndToEndTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String SECTION = "## A first session with curl";
    private static final String MFA_JOURNEY = "### A client's journey";
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

    private static final List<String> MFA_JOURNEY_EVENTS = List.of("MFA_ENABLED", "RECOVERY_CODE_USED");

    @Autowired
    private Environment environment;

    /** One admin login per test for reading the audit log, so the checks spend little of the budget. */
    private String admin;

    @Test
    void theWalkthroughWorksTwiceInARowAgainstOneServer() throws Exception {
        String walkthrough = walkthroughFromReadme();
        Map<String, Integer> before = eventCounts(WALKTHROUGH_EVENTS);

        Run first = run(walkthrough, ADMIN_PASSWORD);
        Run second = run(walkthrough, ADMIN_PASSWORD);

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        // What the comments promise, once per run: accounts created, changed and deleted, a session
        // ended, a log-out.
        Map<String, Integer> after = eventCounts(WALKTHROUGH_EVENTS);
        before.forEach(
                (type, count) -> assertThat(after.get(type) - count).as(type).isEqualTo(2));
    }

    @Test
    void theMfaJourneyGoesOnFromTheWalkthrough() throws Exception {
        String journey = walkthroughFromReadme() + bashBlocks(MFA_JOURNEY, "### ");
        Map<String, Integer> before = eventCounts(MFA_JOURNEY_EVENTS);

        Run run = run(journey, ADMIN_PASSWORD);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("\"acr\": \"aal2\"").contains("\"enabled\": true");
        Map<String, Integer> after = eventCounts(MFA_JOURNEY_EVENTS);
        before.forEach(
                (type, count) -> assertThat(after.get(type) - count).as(type).isEqualTo(1));
    }

    @Test
    void aRefusedLoginStopsTheWalkthroughLoudly() throws Exception {
        Map<String, Integer> before = eventCounts(WALKTHROUGH_EVENTS);

        Run run = run(walkthroughFromReadme(), "not the admin's password");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).doesNotContain("Bearer null");
        assertThat(eventCounts(WALKTHROUGH_EVENTS))
                .as("nothing after the refused login ran")
                .containsEntry("USER_CREATED", before.get("USER_CREATED"))
                .containsEntry("SIGNING_KEY_ROTATED", before.get("SIGNING_KEY_ROTATED"));
    }

    /** How many events of each of these types the audit log holds. */
    private Map<String, Integer> eventCounts(List<String> types) {
        if (admin == null) {
            admin = adminToken();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String type : types) {
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
        String script = bashBlocks(SECTION, "## ");
        assertThat(script).as("the walkthrough names the default address").contains(DOCUMENTED_BASE_URL);
        return script.replace(
                DOCUMENTED_BASE_URL, "http://localhost:" + environment.getRequiredProperty("local.server.port"));
    }

    /** The bash blocks under {@code heading}, up to the next heading that starts with {@code nextHeading} or "## ". */
    private static String bashBlocks(String heading, String nextHeading) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertThat(start).as("README has the section " + heading).isNotNegative();
        List<String> code = new ArrayList<>();
        boolean inBash = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!inBash && (line.startsWith(nextHeading) || line.startsWith("## "))) {
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
        return String.join("\n", code) + "\n";
    }

    private record Run(int exitCode, String output) {}

    /**
     * Runs the script as a person would, with the admin's authenticator at hand: at a TOTP step no
     * code of which was used yet (the script's {@code oathtool} takes the current one).
     */
    private Run run(String walkthrough, String adminPassword) throws IOException, InterruptedException {
        if (admin == null) {
            admin = adminToken();
        }
        Authenticator adminApp = authenticatorOf(ADMIN_EMAIL);
        adminApp.claimFreshStep();
        return runBash(walkthrough, adminPassword, adminApp.secret());
    }

    private static Run runBash(String walkthrough, String adminPassword, String adminTotpSecret)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("readme-walkthrough", ".sh");
        Path output = Files.createTempFile("readme-walkthrough", ".out");
        try {
            Files.writeString(script, "set -euo pipefail\n" + walkthrough, StandardCharsets.UTF_8);
            ProcessBuilder bash = new ProcessBuilder("bash", script.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            bash.environment()
                    .putAll(Map.of(
                            "GATEHOUSE_ADMIN_EMAIL",
                            ADMIN_EMAIL,
                            "GATEHOUSE_ADMIN_PASSWORD",
                            adminPassword,
                            "GATEHOUSE_ADMIN_TOTP_SECRET",
                            adminTotpSecret));
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
                    .as("curl, jq and oathtool are installed (apt-get install curl jq oathtool)")
                    .doesNotContain("curl: command not found")
                    .doesNotContain("jq: command not found")
                    .doesNotContain("oathtool: command not found");
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
            throw new IOException(
                    "The README walkthrough test runs bash, with curl, jq and oathtool; install them", noBash);
        }
    }
}
