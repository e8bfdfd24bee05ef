package dev.gatehouse.adapter.in.rest.common;

import java.util.List;

/** A request whose fields break the model's rules, every refused field listed (answered as 400). */
public class InvalidFieldsException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super("Invalid fields: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
