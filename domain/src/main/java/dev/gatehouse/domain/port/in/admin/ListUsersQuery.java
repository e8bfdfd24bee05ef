package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import java.util.Objects;

/**
 * {@code emailContains} (case-insensitive substring) and {@code role} are optional (null). A
 * substring no email could hold (longer than an email, or with a character
 * {@linkplain Email#isForbidden forbidden} in emails, such as NUL) is refused rather than searched for.
 */
public record ListUsersQuery(PageRequest pageRequest, String emailContains, Role role) {
    public ListUsersQuery {
        Objects.requireNonNull(pageRequest, "pageRequest");
        if (emailContains != null && emailContains.length() > Email.MAX_LENGTH) {
            throw new InvalidInputException("email", "must be at most " + Email.MAX_LENGTH + " characters");
        }
        if (emailContains != null && emailContains.codePoints().anyMatch(c -> c != ' ' && Email.isForbidden(c))) {
            throw new InvalidInputException(
                    "email", "must not contain control, formatting or no-break space characters");
        }
        if (emailContains != null && emailContains.isBlank()) {
            emailContains = null;
        }
    }
}
