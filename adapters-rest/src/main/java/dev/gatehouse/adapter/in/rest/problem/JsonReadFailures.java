package dev.gatehouse.adapter.in.rest.problem;

import dev.gatehouse.adapter.in.rest.common.CauseChain;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with an unreadable body in the client's terms: JSON field paths, never the
 * reader's own message, which names Java classes.
 */
final class JsonReadFailures {

    private JsonReadFailures() {}

    static String describe(Throwable failure) {
        JacksonException cause = CauseChain.find(failure, JacksonException.class);
        if (cause == null) {
            return "A JSON request body is required";
        }
        String field = fieldPath(cause.getPath());
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String name = field.isEmpty() ? unknown.getPropertyName() : field;
            return "Unknown field '" + name + "': this endpoint does not accept it";
        }
        if (cause instanceof InvalidNullException) {
            return field.isEmpty() ? "A value must not be null" : "Field '" + field + "' must not be null";
        }
        if (cause instanceof MismatchedInputException || cause instanceof InputCoercionException) {
            return field.isEmpty()
                    ? "The body is not a JSON object of the expected shape"
                    : "Field '" + field + "' has the wrong type or value";
        }
        if (cause instanceof StreamReadException) {
            return "The body is not valid JSON";
        }
        return "The body could not be read as JSON";
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                text.append(text.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.toString();
    }
}
