package dev.gatehouse.domain.common;

/** A value that breaks a rule of the model, reported against the input field it came from. */
public class InvalidInputException extends DomainException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
