package dev.gatehouse.adapter.in.rest.security;

/**
 * The deployer's MFA settings the REST adapter acts on.
 *
 * @param requiredForAdmins whether ADMIN-only endpoints want a token from a sign-in with a second
 *     factor ({@code acr} {@code aal2}); off, an ADMIN's password-only token is enough
 */
public record MfaSettings(boolean requiredForAdmins) {}
