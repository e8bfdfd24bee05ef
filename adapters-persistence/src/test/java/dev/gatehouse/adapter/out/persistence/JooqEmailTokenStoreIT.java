package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.EMAIL_TOKENS;
import static dev.gatehouse.domain.email.EmailTokenPurpose.PASSWORD_RESET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.EmailTokensRecord;
import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.EmailTokenStoreContract;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared contract on real PostgreSQL, plus its races, its rows, its batches and the account's deletion. */
@PersistenceIT
class JooqEmailTokenStoreIT extends EmailTokenStoreContract {
    private final EmailTokenStore tokens;
    private final UserRepository accounts;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqEmailTokenStoreIT(EmailTokenStore tokens, UserRepository accounts, UnitOfWork unitOfWork, DSLContext dsl) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected EmailTokenStore store() {
        return tokens;
    }

    @Override
    protected UserRepository users() {
        return accounts;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void storesTheHashThePurposeTheAccountAndTheAddress() {
        EmailTokenGrant grant = issueResetToken();

        EmailTokensRecord row = dsl.fetchSingle(EMAIL_TOKENS);
        assertThat(row.getTokenHash()).isEqualTo(TOKEN);
        assertThat(row.getPurpose()).isEqualTo("PASSWORD_RESET");
        assertThat(row.getUserId()).isEqualTo(owner().value());
        assertThat(row.getEmail()).isEqualTo(ADDRESS.value());
        assertThat(row.getCreatedAt().toInstant()).isEqualTo(ISSUED);
        assertThat(row.getExpiresAt().toInstant()).isEqualTo(grant.expiresAt());
        assertThat(row.getSpentAt()).isNull();
        assertThat(row.getSupersededAt()).isNull();
    }

    @Test
    void supersedingMarksOnlyTheUsableTokensAndSpendingMarksTheSpentOne() {
        issueResetToken();
        run(() -> tokens.spend(TOKEN, PASSWORD_RESET, ISSUED));
        Instant later = ISSUED.plusSeconds(90);
        run(() -> tokens.issue(NEWER_TOKEN, grant(PASSWORD_RESET, later), later));
        Instant latest = later.plusSeconds(90);

        run(() -> tokens.issue("3".repeat(64), grant(PASSWORD_RESET, latest), latest));

        assertThat(row(TOKEN).getSpentAt().toInstant()).isEqualTo(ISSUED);
        assertThat(row(TOKEN).getSupersededAt()).as("spent, so not superseded").isNull();
        assertThat(row(NEWER_TOKEN).getSupersededAt().toInstant()).isEqualTo(latest);
        assertThat(row(NEWER_TOKEN).getSpentAt()).isNull();
    }

    @Test
    void twoSpendsAtOnceHaveExactlyOneWinner() throws InterruptedException {
        EmailTokenGrant grant = issueResetToken();

        Outcomes<Optional<EmailTokenGrant>, Optional<EmailTokenGrant>> outcomes =
                OverlappingTransactions.runTwice(unitOfWork, dsl, () -> tokens.spend(TOKEN, PASSWORD_RESET, ISSUED));

        assertThat(outcomes.first().value()).contains(grant);
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEmpty();
    }

    /**
     * A spend that waits for an issue of the same kind (a new link asked for while the old one is
     * clicked) finds the old token superseded once the issue commits.
     */
    @Test
    void aSpendThatWaitsForANewerIssueFindsTheTokenSuperseded() throws InterruptedException {
        issueResetToken();
        Instant later = ISSUED.plusSeconds(90);

        Outcomes<Object, Optional<EmailTokenGrant>> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    tokens.issue(NEWER_TOKEN, grant(PASSWORD_RESET, later), later);
                    return null;
                },
                () -> tokens.spend(TOKEN, PASSWORD_RESET, later));

        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.second().value()).isEmpty();
        assertThat(tokens.findUsable(NEWER_TOKEN, PASSWORD_RESET, later)).isPresent();
    }

    /**
     * How the use cases issue: under the account's row lock. The later issue waits for the
     * earlier one to commit, then supersedes its token: one usable link, the newest.
     */
    @Test
    void twoIssuesUnderTheAccountLockLeaveOnlyTheNewestTokenUsable() throws InterruptedException {
        Instant later = ISSUED.plusSeconds(1);

        Outcomes<Object, Object> outcomes = OverlappingTransactions.run(
                unitOfWork,
                dsl,
                () -> {
                    accounts.lockById(owner());
                    tokens.issue(TOKEN, grant(PASSWORD_RESET, ISSUED), ISSUED);
                    return null;
                },
                () -> {
                    accounts.lockById(owner());
                    tokens.issue(NEWER_TOKEN, grant(PASSWORD_RESET, later), later);
                    return null;
                });

        assertThat(outcomes.second().failure()).isNull();
        assertThat(tokens.findUsable(TOKEN, PASSWORD_RESET, later)).isEmpty();
        assertThat(tokens.findUsable(NEWER_TOKEN, PASSWORD_RESET, later)).isPresent();
    }

    /** What the issue's own transaction adds is gone with it: a rolled-back issue supersedes nothing. */
    @Test
    void aRolledBackIssueLeavesTheEarlierTokenUsable() {
        EmailTokenGrant grant = issueResetToken();
        Instant later = ISSUED.plusSeconds(90);

        try {
            run(() -> {
                tokens.issue(NEWER_TOKEN, grant(PASSWORD_RESET, later), later);
                throw new IllegalStateException("the change that caused the mail failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(tokens.findUsable(TOKEN, PASSWORD_RESET, later)).contains(grant);
        assertThat(tokens.findUsable(NEWER_TOKEN, PASSWORD_RESET, later)).isEmpty();
    }

    @Test
    void purgeDeletesBatchAfterBatch() {
        IntStream.range(0, 5)
                .forEach(i ->
                        run(() -> tokens.issue(Integer.toString(i).repeat(64), grant(PASSWORD_RESET, ISSUED), ISSUED)));
        JooqEmailTokenStore inBatchesOfTwo = new JooqEmailTokenStore(dsl, 2);

        assertThat(inBatchesOfTwo.purgeExpired(
                        ISSUED.plus(PASSWORD_RESET.validity()).plusSeconds(1)))
                .isEqualTo(5);
        assertThat(dsl.fetchCount(EMAIL_TOKENS)).isZero();
    }

    @Test
    void deletingTheAccountDeletesItsTokens() {
        issueResetToken();

        assertThat(inTransaction(() -> accounts.delete(owner()))).isTrue();

        assertThat(dsl.fetchCount(EMAIL_TOKENS)).isZero();
    }

    private EmailTokensRecord row(String tokenHash) {
        return dsl.fetchSingle(EMAIL_TOKENS, EMAIL_TOKENS.TOKEN_HASH.eq(tokenHash));
    }
}
