package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/**
 * An administrator opens an account; roles default to USER, and USER is always added. The address
 * is unverified (and a verification link is mailed) unless the admin vouches for it.
 */
@Schema(name = "CreateUserRequest")
public record CreateUserRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "grace@example.com")
        String email,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "8 characters to 72 bytes in UTF-8; not the email, not a common password")
        String password,

        @Schema(example = "Grace Hopper") String displayName,

        @Schema(description = "Defaults to [\"USER\"]; USER is always included")
        Set<Role> roles,

        @Schema(
                description = "Whether the admin vouches for the address. Absent or null means false: the account "
                        + "starts unverified and a verification link is mailed to it",
                defaultValue = "false")
        Boolean emailVerified) {

    CreateUserCommand toCommand(UserId actor, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Email parsedEmail = fields.required("email", email, Email::new);
        Password parsedPassword = fields.required("password", password, Password::new);
        DisplayName parsedDisplayName = fields.optional("displayName", displayName, DisplayName::new);
        fields.throwIfInvalid();
        // Null, like an absent field, leaves the default, as for roles and displayName.
        boolean vouchedFor = Boolean.TRUE.equals(emailVerified);
        return new CreateUserCommand(actor, parsedEmail, parsedPassword, parsedDisplayName, roles, vouchedFor, client);
    }

    @Override
    public String toString() {
        return "CreateUserRequest[email=" + email + ", password=redacted, roles=" + roles + ", emailVerified="
                + emailVerified + "]";
    }
}
