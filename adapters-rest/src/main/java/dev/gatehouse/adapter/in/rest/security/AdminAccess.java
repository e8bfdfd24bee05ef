package dev.gatehouse.adapter.in.rest.security;

import dev.gatehouse.adapter.in.rest.common.InsufficientUserAuthentication;
import dev.gatehouse.domain.auth.AssuranceLevel;
import dev.gatehouse.domain.token.AccessTokenFormat;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who may call an ADMIN-only endpoint: an account with the ADMIN role and, while MFA is required
 * for admins, a token from a sign-in with a second factor ({@code acr} {@code aal2}). The role is
 * asked first, so any other account is refused (403) whatever its token says; an ADMIN with a
 * password-only token is refused with {@link InsufficientUserAuthentication} (401, RFC 9470), which
 * tells it to sign in again with its second factor. The same rule for the path rules of
 * {@link ApiSecurity} and for {@link AdminOnly} on the controllers.
 */
public final class AdminAccess implements AuthorizationManager<Object> {
    /** The bean name {@link AdminOnly} refers to. */
    public static final String BEAN_NAME = "adminAccess";

    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision NOT_AN_ADMIN = new AuthorizationDecision(false);

    private final MfaSettings settings;

    public AdminAccess(MfaSettings settings) {
        this.settings = settings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object target) {
        Authentication caller = authentication.get();
        if (!isAdmin(caller)) {
            return NOT_AN_ADMIN;
        }
        if (settings.requiredForAdmins() && !signedInWithSecondFactor(caller)) {
            return new InsufficientUserAuthentication();
        }
        return GRANTED;
    }

    private static boolean isAdmin(Authentication caller) {
        return caller != null
                && caller.isAuthenticated()
                && caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(ADMIN_AUTHORITY::equals);
    }

    /** The token's {@code acr}; a token without one (issued before the claim existed) is aal1. */
    private static boolean signedInWithSecondFactor(Authentication caller) {
        return caller.getPrincipal() instanceof Jwt token
                && token.getClaims().get(AccessTokenFormat.ASSURANCE_LEVEL_CLAIM) instanceof String acr
                && AssuranceLevel.fromValue(acr)
                        .filter(AssuranceLevel.AAL2::equals)
                        .isPresent();
    }
}
