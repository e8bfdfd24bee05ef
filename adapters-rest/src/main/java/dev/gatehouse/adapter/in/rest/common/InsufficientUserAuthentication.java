package dev.gatehouse.adapter.in.rest.common;

import dev.gatehouse.domain.auth.AssuranceLevel;
import org.springframework.security.authorization.AuthorizationResult;

/**
 * The refusal of an ADMIN whose token comes from a password-only sign-in while admins need a
 * second factor: not a 403 (the account has the role), but a 401 with the RFC 9470 challenge
 * that tells the client which sign-in to come back with. Made by the security rules, answered by
 * whichever handler the refusal reaches (the filter chain's or the controllers').
 */
public final class InsufficientUserAuthentication implements AuthorizationResult {
    private static final long serialVersionUID = 1L;

    /** The {@code WWW-Authenticate} value (RFC 9470 §3). */
    public static final String CHALLENGE = "Bearer error=\"insufficient_user_authentication\","
            + " error_description=\"A sign-in with a second factor is required\", acr_values=\""
            + AssuranceLevel.AAL2.value() + "\"";

    @Override
    public boolean isGranted() {
        return false;
    }

    @Override
    public String toString() {
        return "InsufficientUserAuthentication[acr_values=" + AssuranceLevel.AAL2.value() + "]";
    }
}
