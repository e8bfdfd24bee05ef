package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.user.Email;
import java.util.Objects;

/** The account whose MFA the operator switches off, by its email (all an operator may have to go on). */
public record BreakGlassResetMfaCommand(Email email) {
    public BreakGlassResetMfaCommand {
        Objects.requireNonNull(email, "email");
    }
}
