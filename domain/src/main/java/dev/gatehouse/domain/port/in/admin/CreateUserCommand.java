package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * {@code displayName} may be null; USER is added to {@code roles} whatever they are.
 *
 * @param emailVerified whether the admin vouches for the address; when not, a verification mail is sent
 */
public record CreateUserCommand(
        UserId actor,
        Email email,
        Password password,
        DisplayName displayName,
        Set<Role> roles,
        boolean emailVerified,
        ClientInfo client) {
    public CreateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(client, "client");
        roles = roles == null ? Set.of(Role.USER) : Set.copyOf(roles);
    }

    /** An account whose address the admin does not vouch for. */
    public CreateUserCommand(
            UserId actor, Email email, Password password, DisplayName displayName, Set<Role> roles, ClientInfo client) {
        this(actor, email, password, displayName, roles, false, client);
    }
}
