package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.user.Role;
import java.util.Objects;

/** {@code emailContains} (case-insensitive substring) and {@code role} are optional (null). */
public record ListUsersQuery(PageRequest pageRequest, String emailContains, Role role) {
    public ListUsersQuery {
        Objects.requireNonNull(pageRequest, "pageRequest");
        if (emailContains != null && emailContains.isBlank()) {
            emailContains = null;
        }
    }
}
