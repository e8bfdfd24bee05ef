package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.Totp;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a person's authenticator app and their printed recovery codes are, for one account: the
 * TOTP secret shown at setup, the codes shown at confirmation, and the last time step it gave out
 * a code for (the service accepts each step once, so the app never offers one twice). Codes of the
 * previous, current and next step are accepted; when those are spent it hands out a recovery code,
 * and when those are gone too it waits for the next step, as a person would.
 */
final class Authenticator {
    private static final Totp TOTP = new Totp();

    private final TotpSecret secret;
    private final Deque<String> recoveryCodes = new ArrayDeque<>();
    private long lastStep;

    Authenticator(String base32Secret, long confirmedStep) {
        this.secret = TotpSecret.of(Base32.decode(base32Secret));
        this.lastStep = confirmedStep;
    }

    /** Sets up TOTP for the account with this access token and confirms it: MFA is on afterwards. */
    static Authenticator enrol(HttpApi api, String accessToken, String password) {
        HttpApi.Response setup =
                api.post("/api/v1/users/me/mfa/totp/setup", HttpApi.body("currentPassword", password), accessToken);
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        String base32 = setup.json().path("secret").asString();
        Authenticator app = new Authenticator(base32, Long.MIN_VALUE);
        String code = app.nextCode().orElseThrow();
        HttpApi.Response confirmed =
                api.post("/api/v1/users/me/mfa/totp/confirm", HttpApi.body("code", code), accessToken);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        confirmed.json().path("recoveryCodes").forEach(c -> app.recoveryCodes.add(c.asString()));
        assertThat(app.recoveryCodes).hasSize(10);
        return app;
    }

    /** The base32 secret, as setup showed it. */
    String secret() {
        return secret.base32();
    }

    /**
     * A TOTP code the service has not accepted yet and accepts now, if there is one: of the
     * current or the next step (so two per 30 s), never one at or before the last one given.
     */
    synchronized Optional<String> nextCode() {
        long current = TOTP.stepAt(Instant.now());
        long step = Math.max(current, lastStep + 1);
        if (step > current + 1) {
            return Optional.empty();
        }
        lastStep = step;
        return Optional.of(TOTP.codeAt(secret, step));
    }

    /** A TOTP code, waiting for the next time step if this one's codes are spent. */
    synchronized String code() {
        Optional<String> code = nextCode();
        while (code.isEmpty()) {
            EndToEndTest.sleep(Duration.ofMillis(500));
            code = nextCode();
        }
        return code.get();
    }

    /**
     * Waits for a TOTP step none of whose codes was handed out, and keeps it for someone else
     * (a script with its own authenticator for the same secret): the current step, from now on.
     */
    synchronized void claimFreshStep() {
        while (TOTP.stepAt(Instant.now()) <= lastStep) {
            EndToEndTest.sleep(Duration.ofMillis(250));
        }
        lastStep = TOTP.stepAt(Instant.now());
    }

    /** A recovery code not handed out yet, if any is left. */
    synchronized Optional<String> recoveryCode() {
        return Optional.ofNullable(recoveryCodes.pollFirst());
    }

    /** The second step of a login: a TOTP code if one is free now, else a recovery code, else the next step's code. */
    synchronized HttpApi.Response secondStep(HttpApi api, String mfaToken) {
        Optional<String> code = nextCode();
        if (code.isPresent()) {
            return api.post("/api/v1/auth/login/mfa", HttpApi.body("mfaToken", mfaToken, "code", code.get()), null);
        }
        Optional<String> recovery = recoveryCode();
        if (recovery.isPresent()) {
            return api.post(
                    "/api/v1/auth/login/mfa", HttpApi.body("mfaToken", mfaToken, "recoveryCode", recovery.get()), null);
        }
        return api.post("/api/v1/auth/login/mfa", HttpApi.body("mfaToken", mfaToken, "code", code()), null);
    }

    /** The step of the last code handed out, for tests that check replay. */
    synchronized OptionalLong lastStep() {
        return lastStep == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(lastStep);
    }
}
