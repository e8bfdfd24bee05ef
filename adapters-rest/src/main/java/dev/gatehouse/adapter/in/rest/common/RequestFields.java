package dev.gatehouse.adapter.in.rest.common;

import dev.gatehouse.domain.common.InvalidInputException;
import dev.gatehouse.domain.common.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the raw fields of one request into domain values, collecting every refusal so that the
 * client learns about all its mistakes at once. Each refusal is reported against the field name
 * the client used, whatever field the domain value names itself (a {@code Password} always says
 * "password", also when it came from "currentPassword").
 */
public final class RequestFields {
    private final List<FieldError> errors = new ArrayList<>();

    /** A required field: a missing value is refused by the domain type itself. */
    public <T, R> R required(String field, T raw, Function<T, R> parse) {
        try {
            return parse.apply(raw);
        } catch (InvalidInputException refused) {
            errors.add(new FieldError(field, refused.getMessage()));
            return null;
        }
    }

    /** A required field that the domain takes as plain text. */
    public String requiredText(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        }
        return raw;
    }

    /** An optional field: null stays null. */
    public <T, R> R optional(String field, T raw, Function<T, R> parse) {
        return raw == null ? null : required(field, raw, parse);
    }

    /**
     * A field of a partial update: absent (null) keeps the current value, JSON null
     * ({@code Optional.empty()}) sets it to null, anything else sets it to the parsed value.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType") // Optional is how the body tells null from absent.
    public <T, R> Update<R> update(String field, Optional<T> raw, Function<T, R> parse) {
        if (raw == null) {
            return Update.keep();
        }
        return Update.to(raw.map(value -> required(field, value, parse)).orElse(null));
    }

    /** Refuses {@code field} for a rule about more than one field (e.g. "exactly one of"). */
    public void refuse(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** @throws InvalidFieldsException listing every refused field, if there is one */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
