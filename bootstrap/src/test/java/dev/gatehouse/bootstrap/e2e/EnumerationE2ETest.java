package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * What an attacker can learn about which emails have accounts. The contract allows registration
 * to say "email taken"; login must not tell an unknown email from a wrong password, by its answer
 * or by its timing.
 */
@TestPropertySource(properties = "app.auth.bcrypt-cost=10") // the production cost: timing must hold at it
class EnumerationE2ETest extends EndToEndTest {
    private static final int SAMPLES = 15;

    private long timedLoginNanos(String email) {
        long start = System.nanoTime();
        HttpApi.Response response =
                api.post("/api/v1/auth/login", body("email", email, "password", "wrong password"), null);
        long took = System.nanoTime() - start;
        assertProblem(response, 401, "invalid-credentials");
        return took;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void unknownEmailsAndWrongPasswordsTakeAlikeAndAnswerAlike() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String email = uniqueEmail("known");
            register(email);
            known.add(email);
        }
        timedLoginNanos(uniqueEmail("warm-up"));
        timedLoginNanos(known.getFirst());

        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownEmail = new ArrayList<>();
        // Interleaved, one attempt per account (no lockout), so machine noise hits both alike.
        for (int i = 1; i < SAMPLES; i++) {
            wrongPassword.add(timedLoginNanos(known.get(i)));
            unknownEmail.add(timedLoginNanos(uniqueEmail("unknown")));
        }

        double ratio = (double) median(unknownEmail) / median(wrongPassword);
        // Without the decoy hash an unknown email skips bcrypt (about 50 ms at cost 10) and answers
        // in a millisecond or two: a ratio near 0.05. With it both spend one verification.
        assertThat(ratio).as("median unknown-email / wrong-password login time").isBetween(0.6, 1.6);
    }

    @Test
    void passwordChangeRefusalsSayNothingAboutOtherAccounts() {
        String token = userToken();

        HttpApi.Response wrongCurrent = api.put(
                "/api/v1/users/me/password",
                body("currentPassword", "not it at all", "newPassword", "a fine new secret"),
                token);

        assertProblem(wrongCurrent, 400, "invalid-current-password");
        assertThat(wrongCurrent.body()).doesNotContain("@");
    }

    @Test
    void registrationSaysOnlyWhatTheContractAllows() {
        String email = uniqueEmail("taken");
        register(email);

        HttpApi.Response taken = api.post("/api/v1/auth/register", body("email", email, "password", PASSWORD), null);

        assertProblem(taken, 409, "email-taken");
        assertThat(taken.body()).doesNotContain(email);
    }
}
