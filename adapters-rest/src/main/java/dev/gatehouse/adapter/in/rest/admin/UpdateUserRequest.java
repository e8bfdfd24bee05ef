package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * PATCH body of an account: each field absent is kept. {@code displayName: null} clears the name;
 * {@code roles} and {@code enabled} cannot be null. Any other field (an id, an email) is a 400.
 */
@Schema(name = "UpdateUserRequest")
@SuppressWarnings("OptionalUsedAsFieldOrParameterType") // null = absent, empty = JSON null
public record UpdateUserRequest(
        @Schema(
                example = "Grace",
                types = {"string", "null"},
                description = "null clears it")
        Optional<String> displayName,

        @Schema(description = "Replaces the roles; USER is always included")
        Optional<Set<Role>> roles,

        Optional<Boolean> enabled) {

    UpdateUserCommand toCommand(UserId actor, UserId target, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Update<DisplayName> newDisplayName = fields.update("displayName", displayName, DisplayName::new);
        Update<Set<Role>> newRoles = fields.update("roles", roles, Function.identity());
        Update<Boolean> newEnabled = fields.update("enabled", enabled, Function.identity());
        fields.throwIfInvalid();
        return new UpdateUserCommand(actor, target, newDisplayName, newRoles, newEnabled, client);
    }
}
