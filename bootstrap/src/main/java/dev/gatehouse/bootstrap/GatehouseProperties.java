package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.key.SigningKey;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a deployer sets under {@code app.*} (environment: {@code APP_AUTH_ISSUER},
 * {@code APP_BOOTSTRAP_ADMIN_EMAIL}, ...). The {@code @DefaultValue}s here are the only place a
 * default is written: neither {@code application.yml} nor the adapters repeat them. The README's
 * configuration table lists them for operators, and {@code ReadmeConfigurationTableTest} fails when
 * it says otherwise.
 */
@ConfigurationProperties("app")
public record GatehouseProperties(
        @DefaultValue Auth auth,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Audit audit,
        @DefaultValue Housekeeping housekeeping,
        @DefaultValue Cors cors,
        @DefaultValue Mail mail,
        @DefaultValue Persistence persistence) {

    public record Auth(
            @DefaultValue("http://localhost:8080") String issuer,
            @DefaultValue("gatehouse") String audience,
            @DefaultValue("PT15M") Duration accessTokenTtl,
            @DefaultValue("P14D") Duration refreshTokenTtl,
            @DefaultValue("P30D") Duration sessionTtl,
            @DefaultValue("true") boolean selfRegistrationEnabled,
            @DefaultValue("10") int bcryptCost,
            @DefaultValue SigningKey signingKey,
            @DefaultValue("PT0S") Duration refreshTokenReuseLeeway,
            @DefaultValue RefreshCookie refreshCookie,
            @DefaultValue PasswordHashing passwordHashing,
            @DefaultValue Mfa mfa,
            @DefaultValue("false") boolean requireVerifiedEmail,
            @DefaultValue("true") boolean nativeSigning) {}

    /**
     * Multi-factor authentication: whether ADMIN accounts need it, the issuer name authenticator
     * apps show, and the AES key TOTP secrets are sealed with at rest (Base64 of 32 bytes; unset:
     * stored without encryption, with a warning at start-up), with the keys they may still be
     * sealed with after a rotation. The keys never appear in {@link #toString()}.
     */
    public record Mfa(
            @DefaultValue("true") boolean requiredForAdmins,
            @DefaultValue("Gatehouse") String issuer,
            String encryptionKey,
            @DefaultValue List<String> previousEncryptionKeys) {
        /** Set at all: a blank key is refused at start-up, never taken to mean "no encryption". */
        public boolean encryptionKeyConfigured() {
            return encryptionKey != null;
        }

        @Override
        public String toString() {
            return "Mfa[requiredForAdmins=" + requiredForAdmins + ", issuer=" + issuer + ", encryptionKey="
                    + (encryptionKeyConfigured() ? "[redacted]" : "unset") + ", previousEncryptionKeys="
                    + previousEncryptionKeys.size() + " redacted]";
        }
    }

    /**
     * The bounded pool bcrypt runs in: {@code workers} threads (0: one per available processor),
     * how long a login, registration or password change waits for a free one before it is answered
     * 503 with Retry-After, and how many may wait at once (0: 16 per worker; one more is answered
     * 503 at once).
     */
    public record PasswordHashing(
            @DefaultValue("0") int workers,
            @DefaultValue("PT1S") Duration maxWait,
            @DefaultValue("0") int maxWaiting) {
        /** What {@code max-waiting} 0 means: each waiter holds a request thread, so a few per worker. */
        static final int WAITING_PER_WORKER = 16;

        public int workersOn(int availableProcessors) {
            return workers > 0 ? workers : Math.max(1, availableProcessors);
        }

        /** {@code max-waiting}, or {@value #WAITING_PER_WORKER} per worker when it is 0. */
        public int maxWaitingFor(int workerCount) {
            return maxWaiting > 0 ? maxWaiting : workerCount * WAITING_PER_WORKER;
        }
    }

    /** Also deliver the refresh token as an HttpOnly cookie (for browser clients). */
    public record RefreshCookie(@DefaultValue("false") boolean enabled) {}

    /** A PEM (PKCS#8) RSA private key to sign with instead of the generated, database-held one. */
    public record SigningKey(String privateKeyPem) {
        /** Set at all: a blank PEM is refused at start-up, never taken to mean "use the database". */
        public boolean configured() {
            return privateKeyPem != null;
        }
    }

    public record Bootstrap(@DefaultValue Admin admin) {}

    /**
     * Per-client-address token buckets on {@code /api/v1/auth/*}: {@code capacity} requests, refilled
     * at {@code capacity} per {@code refillPeriod}.
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("20") long capacity,
            @DefaultValue("PT1M") Duration refillPeriod) {}

    /**
     * Of the database connection pool ({@code spring.datasource.hikari.maximum-pool-size}, 10),
     * how many transactions leave to the reads that run outside them (token checks, profiles):
     * transactions hold at most the rest at once, and a transaction over that waits without a
     * connection. 0 lets transactions take the whole pool.
     */
    public record Persistence(@DefaultValue("4") int connectionsKeptForReads) {}

    /** How long audit events are kept. */
    public record Audit(@DefaultValue("P180D") Duration retention) {}

    /**
     * How often each instance runs every purge: ended sessions, audit events past their retention,
     * idle failed-login records, expired MFA challenges and signing keys past their verification
     * window.
     */
    public record Housekeeping(@DefaultValue("PT10M") Duration purgeInterval) {}

    /**
     * The browser origins whose pages may call the API across origins (scheme, host and port, or
     * {@code *}); none, the default, sends no CORS header at all.
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {}

    /** The first ADMIN, created at start-up when both are set and no account has the email. */
    public record Admin(String email, String password) {
        public boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isEmpty();
        }
    }

    /**
     * The mail Gatehouse sends (verification, password reset, email change, security notices). The
     * SMTP server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, ...);
     * without a host, mail stays in the outbox (start-up warns once), except with {@code console},
     * which the developer mode sets: mail is then printed to the console instead.
     *
     * @param from        the sender address ({@code APP_MAIL_FROM})
     * @param productName how the mails name the service
     */
    public record Mail(
            @DefaultValue("Gatehouse <no-reply@localhost>") String from,
            @DefaultValue("Gatehouse") String productName,
            @DefaultValue("false") boolean console,
            @DefaultValue Links links,
            @DefaultValue Delivery delivery) {}

    /** The links mailed with a token: each template holds {@code {token}}, which the token replaces. */
    public record Links(
            @DefaultValue("http://localhost:8080/verify-email#token={token}")
            String verifyEmail,

            @DefaultValue("http://localhost:8080/reset-password#token={token}")
            String passwordReset,

            @DefaultValue("http://localhost:8080/confirm-email#token={token}")
            String emailChange) {}

    /**
     * How each instance's outbox sender works: every {@code pollInterval} it claims up to
     * {@code batchSize} due mails under a lease of {@code lease}; a failed mail is tried again after
     * {@code initialBackoff}, doubling up to {@code maxBackoff}, and given up (with an audit event)
     * once it has failed for {@code giveUpAfter}. Delivered and given-up mails are deleted by the
     * housekeeping after {@code retention}. The lease outlasts a batch sent to a server that hangs
     * (10 mails at 5 s SMTP time-outs each), so that no other sender takes a mail still being sent.
     */
    public record Delivery(
            @DefaultValue("PT2S") Duration pollInterval,
            @DefaultValue("10") int batchSize,
            @DefaultValue("PT5M") Duration lease,
            @DefaultValue("PT10S") Duration initialBackoff,
            @DefaultValue("PT10M") Duration maxBackoff,
            @DefaultValue("P2D") Duration giveUpAfter,
            @DefaultValue("P7D") Duration retention) {}
}
