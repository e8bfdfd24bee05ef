package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.Timestamps;
import dev.gatehouse.domain.mfa.MfaStatus;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "MfaStatus")
public record MfaStatusResponse(
        @Schema(description = "Whether a confirmed second factor is on (a pending setup is not)")
        boolean enabled,

        @Schema(
                format = "date-time",
                example = "2026-11-27T10:15:30.123Z",
                nullable = true,
                description = "When MFA was switched on; null while it is off")
        String enrolledAt,

        @Schema(description = "Unused recovery codes of the current set; 0 while MFA is off")
        int recoveryCodesRemaining) {

    static MfaStatusResponse of(MfaStatus status) {
        return new MfaStatusResponse(
                status.enabled(), Timestamps.format(status.enrolledAt()), status.recoveryCodesRemaining());
    }
}
