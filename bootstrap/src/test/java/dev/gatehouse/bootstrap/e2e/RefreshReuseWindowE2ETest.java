package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A deployer's grace window for refresh-token reuse (off by default; at most 10 s). */
class RefreshReuseWindowE2ETest extends EndToEndTest {
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @DynamicPropertySource
    static void reuseWindow(DynamicPropertyRegistry registry) {
        registry.add("app.auth.refresh-token-reuse-leeway", WINDOW::toString);
    }

    @Test
    void ofParallelRefreshesOfOneTokenExactlyOneSucceedsAndTheSessionSurvives() throws Exception {
        List<HttpApi.Response> responses = RefreshRace.run(this, 6);

        List<HttpApi.Response> winners =
                responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSize(1);
        responses.stream()
                .filter(r -> r.status() != 200)
                .forEach(loser -> assertProblem(loser, 401, "invalid-refresh-token"));
        String winnersToken = winners.getFirst().json().path("refresh_token").asString();
        assertThat(refresh(winnersToken).status())
                .as("the winner's session is intact")
                .isEqualTo(200);
    }

    @Test
    void aReplayAfterTheWindowStillEndsTheWholeSession() {
        String email = uniqueEmail("late-replay");
        register(email);
        String first = logInForTokens(email, PASSWORD).path("refresh_token").asString();
        String second = refresh(first).json().path("refresh_token").asString();
        sleep(WINDOW.plusMillis(200));

        assertProblem(refresh(first), 401, "invalid-refresh-token");
        assertProblem(refresh(second), 401, "invalid-refresh-token");
    }
}
