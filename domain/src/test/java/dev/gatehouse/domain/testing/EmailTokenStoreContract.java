package dev.gatehouse.domain.testing;

import static dev.gatehouse.domain.email.EmailTokenPurpose.EMAIL_CHANGE;
import static dev.gatehouse.domain.email.EmailTokenPurpose.PASSWORD_RESET;
import static dev.gatehouse.domain.email.EmailTokenPurpose.VERIFY_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmailTokenStore} must do, one request at a time; run against the in-memory
 * fake and the real adapter (whose tests add the races). Each test starts from an empty store and
 * one stored account. Times have microsecond precision (PostgreSQL's).
 */
public abstract class EmailTokenStoreContract extends AccountOwnedStoreContract {
    protected static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00.123456Z");
    protected static final String TOKEN = "1".repeat(64);
    protected static final String NEWER_TOKEN = "2".repeat(64);
    protected static final Email ADDRESS = new Email("owner@example.com");
    private static final String OTHER_TOKEN = "3".repeat(64);
    private static final Duration MICROSECOND = Duration.ofNanos(1000);

    protected abstract EmailTokenStore store();

    /** A grant of {@code purpose} for the owner's {@link #ADDRESS}, issued at {@code at}. */
    protected final EmailTokenGrant grant(EmailTokenPurpose purpose, Instant at) {
        return EmailTokenGrant.issuedAt(owner(), purpose, ADDRESS, at);
    }

    /** Issues {@link #TOKEN}, a password reset token of the owner, at {@link #ISSUED}; returns its grant. */
    protected final EmailTokenGrant issueResetToken() {
        EmailTokenGrant grant = grant(PASSWORD_RESET, ISSUED);
        run(() -> store().issue(TOKEN, grant, ISSUED));
        return grant;
    }

    @Test
    void anIssuedTokenIsUsableUntilItExpires() {
        EmailTokenGrant grant = issueResetToken();

        assertThat(store().findUsable(TOKEN, PASSWORD_RESET, ISSUED)).contains(grant);
        assertThat(store().findUsable(TOKEN, PASSWORD_RESET, grant.expiresAt().minus(MICROSECOND)))
                .contains(grant);
        assertThat(store().findUsable(TOKEN, PASSWORD_RESET, grant.expiresAt())).isEmpty();
        assertThat(store().findUsable(OTHER_TOKEN, PASSWORD_RESET, ISSUED))
                .as("an unknown token")
                .isEmpty();
    }

    @Test
    void aTokenIsNeverFoundOrSpentForAnotherPurpose() {
        EmailTokenGrant grant = issueResetToken();

        assertThat(store().findUsable(TOKEN, VERIFY_EMAIL, ISSUED)).isEmpty();
        assertThat(inTransaction(() -> store().spend(TOKEN, EMAIL_CHANGE, ISSUED)))
                .isEmpty();

        assertThat(inTransaction(() -> store().spend(TOKEN, PASSWORD_RESET, ISSUED)))
                .as("still usable for its own purpose")
                .contains(grant);
    }

    @Test
    void keepsTheAddressTheTokenSpeaksFor() {
        EmailTokenGrant change =
                EmailTokenGrant.issuedAt(owner(), EMAIL_CHANGE, new Email("New.Address@Example.com"), ISSUED);
        run(() -> store().issue(TOKEN, change, ISSUED));

        assertThat(inTransaction(() -> store().spend(TOKEN, EMAIL_CHANGE, ISSUED)))
                .hasValueSatisfying(spent -> assertThat(spent.email().value()).isEqualTo("new.address@example.com"))
                .contains(change);
    }

    @Test
    void aTokenIsSpentOnce() {
        EmailTokenGrant grant = issueResetToken();

        assertThat(inTransaction(() -> store().spend(TOKEN, PASSWORD_RESET, ISSUED.plusSeconds(10))))
                .contains(grant);

        assertThat(inTransaction(() -> store().spend(TOKEN, PASSWORD_RESET, ISSUED.plusSeconds(11))))
                .isEmpty();
        assertThat(store().findUsable(TOKEN, PASSWORD_RESET, ISSUED.plusSeconds(11)))
                .isEmpty();
    }

    @Test
    void anExpiredTokenCannotBeSpent() {
        EmailTokenGrant grant = issueResetToken();

        assertThat(inTransaction(() -> store().spend(TOKEN, PASSWORD_RESET, grant.expiresAt())))
                .isEmpty();
        assertThat(inTransaction(() -> store().spend(OTHER_TOKEN, PASSWORD_RESET, ISSUED)))
                .as("an unknown token")
                .isEmpty();
        assertThat(inTransaction(() ->
                        store().spend(TOKEN, PASSWORD_RESET, grant.expiresAt().minus(MICROSECOND))))
                .as("just before it expires")
                .contains(grant);
    }

    @Test
    void aNewTokenSupersedesTheUsableTokensOfTheSameAccountAndPurpose() {
        issueResetToken();
        Instant later = ISSUED.plusSeconds(90);
        EmailTokenGrant newer = grant(PASSWORD_RESET, later);

        run(() -> store().issue(NEWER_TOKEN, newer, later));

        assertThat(store().findUsable(TOKEN, PASSWORD_RESET, later)).isEmpty();
        assertThat(inTransaction(() -> store().spend(TOKEN, PASSWORD_RESET, later)))
                .isEmpty();
        assertThat(inTransaction(() -> store().spend(NEWER_TOKEN, PASSWORD_RESET, later)))
                .contains(newer);
    }

    @Test
    void aNewTokenLeavesTheTokensOfOtherPurposesAndOtherAccountsUsable() {
        EmailTokenGrant reset = issueResetToken();
        EmailTokenGrant verify = grant(VERIFY_EMAIL, ISSUED);
        run(() -> store().issue(OTHER_TOKEN, verify, ISSUED));
        UserId someoneElse = storedAccount();
        EmailTokenGrant theirs =
                EmailTokenGrant.issuedAt(someoneElse, PASSWORD_RESET, new Email("else@example.com"), ISSUED);
        run(() -> store().issue("4".repeat(64), theirs, ISSUED));
        Instant later = ISSUED.plusSeconds(90);

        run(() -> store().issue(NEWER_TOKEN, grant(EMAIL_CHANGE, later), later));

        assertThat(store().findUsable(TOKEN, PASSWORD_RESET, later)).contains(reset);
        assertThat(store().findUsable(OTHER_TOKEN, VERIFY_EMAIL, later)).contains(verify);
        assertThat(store().findUsable("4".repeat(64), PASSWORD_RESET, later)).contains(theirs);
    }

    @Test
    void issuingAfterASpendGivesAUsableTokenAndTheSpentOneStaysSpent() {
        issueResetToken();
        run(() -> store().spend(TOKEN, PASSWORD_RESET, ISSUED));
        Instant later = ISSUED.plusSeconds(90);
        EmailTokenGrant second = grant(PASSWORD_RESET, later);

        run(() -> store().issue(NEWER_TOKEN, second, later));

        assertThat(store().findUsable(NEWER_TOKEN, PASSWORD_RESET, later)).contains(second);
        assertThat(inTransaction(() -> store().spend(TOKEN, PASSWORD_RESET, later)))
                .as("spent before")
                .isEmpty();
    }

    @Test
    void remembersWhenTheAccountWasLastIssuedATokenOfEachPurposeSpentOrNot() {
        assertThat(store().lastIssuedAt(owner(), PASSWORD_RESET)).isEmpty();
        issueResetToken();
        run(() -> store().spend(TOKEN, PASSWORD_RESET, ISSUED));

        assertThat(store().lastIssuedAt(owner(), PASSWORD_RESET)).contains(ISSUED);
        assertThat(store().lastIssuedAt(owner(), VERIFY_EMAIL)).isEmpty();
        assertThat(store().lastIssuedAt(storedAccount(), PASSWORD_RESET))
                .as("another account")
                .isEmpty();

        Instant later = ISSUED.plusSeconds(61);
        run(() -> store().issue(NEWER_TOKEN, grant(PASSWORD_RESET, later), later));
        assertThat(store().lastIssuedAt(owner(), PASSWORD_RESET)).contains(later);
    }

    @Test
    void purgesTokensThatExpiredBeforeTheCutOffSpentOrNot() {
        EmailTokenGrant spent = issueResetToken();
        run(() -> store().spend(TOKEN, PASSWORD_RESET, ISSUED));
        EmailTokenGrant expiringAtTheCutOff = new EmailTokenGrant(
                owner(), VERIFY_EMAIL, ADDRESS, spent.expiresAt().plusSeconds(60));
        run(() -> store().issue(OTHER_TOKEN, expiringAtTheCutOff, ISSUED));
        EmailTokenGrant expiringLater = new EmailTokenGrant(
                owner(), EMAIL_CHANGE, ADDRESS, spent.expiresAt().plusSeconds(120));
        run(() -> store().issue(NEWER_TOKEN, expiringLater, ISSUED));

        assertThat(inTransaction(() -> store().purgeExpired(spent.expiresAt().plusSeconds(60))))
                .isEqualTo(1);

        assertThat(store().findUsable(OTHER_TOKEN, VERIFY_EMAIL, spent.expiresAt()))
                .as("expiring exactly at the cut-off")
                .isPresent();
        assertThat(inTransaction(() -> store().purgeExpired(spent.expiresAt().plusSeconds(121))))
                .isEqualTo(2);
        assertThat(store().lastIssuedAt(owner(), PASSWORD_RESET)).as("purged").isEmpty();
    }
}
