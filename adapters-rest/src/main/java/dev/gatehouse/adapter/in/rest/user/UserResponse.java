package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.Timestamps;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An account as every client sees it: never its password hash. */
@Schema(name = "User")
public record UserResponse(
        UUID id,
        @Schema(example = "ada@example.com") String email,

        @Schema(
                example = "Ada Lovelace",
                types = {"string", "null"})
        String displayName,

        @Schema(description = "Sorted by name; always contains USER")
        List<Role> roles,

        boolean enabled,

        @Schema(
                description = "Whether the account has followed a verification link mailed to its current email "
                        + "(or an admin vouched for the address when creating the account)")
        boolean emailVerified,

        @Schema(description = "Whether the account's MFA (TOTP) is switched on: enrolment confirmed, not merely set up")
        boolean mfaEnabled,

        @Schema(format = "date-time", example = "2026-11-27T10:15:30.123Z")
        String createdAt,

        @Schema(format = "date-time", example = "2026-11-27T10:15:30.123Z")
        String updatedAt) {

    public static UserResponse of(UserView view) {
        User user = view.user();
        return new UserResponse(
                user.id().value(),
                user.email().value(),
                user.displayName().map(DisplayName::value).orElse(null),
                user.roles().stream().sorted(Comparator.comparing(Role::name)).toList(),
                user.enabled(),
                user.emailVerified(),
                view.mfaEnabled(),
                Timestamps.format(user.createdAt()),
                Timestamps.format(user.updatedAt()));
    }
}
