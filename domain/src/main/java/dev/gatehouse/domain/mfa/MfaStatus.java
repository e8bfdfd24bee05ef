package dev.gatehouse.domain.mfa;

import java.time.Instant;

/**
 * The caller's MFA as the status answer shows it.
 *
 * @param enrolledAt when a first code switched MFA on; {@code null} while it is off (a pending
 *     setup counts as off)
 * @param recoveryCodesRemaining the unused recovery codes of the current set (0 while off)
 */
public record MfaStatus(boolean enabled, Instant enrolledAt, int recoveryCodesRemaining) {}
