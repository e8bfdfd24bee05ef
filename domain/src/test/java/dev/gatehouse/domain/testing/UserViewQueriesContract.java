package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link UserViewQueries} does: the stored account, and its MFA on only once enabled. */
public abstract class UserViewQueriesContract extends AccountOwnedStoreContract {
    private static final Instant SETUP = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final SealedSecret SECRET = new SealedSecret("a secret".getBytes(StandardCharsets.UTF_8));

    protected abstract UserViewQueries views();

    protected abstract MfaEnrolmentStore mfaEnrolments();

    @Test
    void anAccountAsStoredWithItsMfaOffUntilAnEnrolmentIsEnabled() {
        User admin = UserBuilder.aUser()
                .withRoles(Role.ADMIN)
                .withDisplayName("Grace")
                .emailVerified()
                .build();
        run(() -> users().insert(admin));
        assertThat(views().findView(admin.id())).contains(new UserView(admin, false));

        run(() -> mfaEnrolments().savePending(admin.id(), SECRET, SETUP));
        assertThat(views().findView(admin.id())).contains(new UserView(admin, false));

        run(() -> mfaEnrolments().enable(admin.id(), SECRET, 1L, List.of(), SETUP.plusSeconds(30)));
        assertThat(views().findView(admin.id())).contains(new UserView(admin, true));
        assertThat(views().findView(owner()))
                .as("another account's enrolment is not this one's")
                .hasValueSatisfying(view -> assertThat(view.mfaEnabled()).isFalse());
    }

    @Test
    void noAccountNoView() {
        assertThat(views().findView(UserId.newId())).isEmpty();
        run(() -> users().delete(owner()));
        assertThat(views().findView(owner())).isEmpty();
    }
}
