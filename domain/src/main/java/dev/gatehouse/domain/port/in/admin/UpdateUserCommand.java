package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * Each field is kept unless present. A display name updated to null clears it; roles and enabled
 * cannot be null (USER is added to roles whatever they are).
 */
public record UpdateUserCommand(
        UserId actor,
        UserId target,
        Update<DisplayName> displayName,
        Update<Set<Role>> roles,
        Update<Boolean> enabled,
        ClientInfo client) {
    public UpdateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(client, "client");
        if (roles.present() && roles.value() == null) {
            throw new InvalidInputException("roles", "must not be null");
        }
        if (enabled.present() && enabled.value() == null) {
            throw new InvalidInputException("enabled", "must not be null");
        }
    }
}
