package dev.gatehouse.application.admin;

import dev.gatehouse.domain.user.Role;
import java.util.Collection;
import java.util.stream.Collectors;

/** How values are written into audit-event details: short, stable, never secret. */
final class AuditDetails {
    private AuditDetails() {}

    /** Roles in a stable order, comma-separated: "ADMIN,USER". */
    static String roles(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
