package dev.gatehouse.adapter.in.rest.problem;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gatehouse.adapter.in.rest.common.ApiPaths;
import dev.gatehouse.adapter.in.rest.common.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem body. Its detail is always written by us for the client; it never carries
 * an exception's own text unless that text is a domain message meant for users.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; `type` ends in a stable slug")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://gatehouse.dev/problems/email-taken", requiredMode = REQUIRED)
        String type,

        @Schema(example = "Email already taken", requiredMode = REQUIRED)
        String title,

        @Schema(example = "409", requiredMode = REQUIRED) int status,

        @Schema(example = "An account with this email already exists", requiredMode = REQUIRED)
        String detail,

        @Schema(example = ApiPaths.AUTH + "/register") String instance,

        @Schema(description = "Only for validation-failed: every refused field")
        List<FieldError> errors) {

    /** The problem with its type's own detail, for when the cause has nothing to add. */
    public static Problem generic(ProblemType type, String instance) {
        return of(type, type.genericDetail(), instance);
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), detail, instance);
    }

    /** A detail nobody wrote (an exception without a message) falls back to the type's own: clients may rely on one. */
    public static Problem of(ProblemType type, int status, String detail, String instance) {
        String written = detail == null || detail.isBlank() ? type.genericDetail() : detail;
        return new Problem(type.uri().toString(), type.title(), status, written, instance, null);
    }

    public static Problem invalidFields(List<FieldError> errors, String instance) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new Problem(
                type.uri().toString(),
                type.title(),
                type.status(),
                type.genericDetail(),
                instance,
                List.copyOf(errors));
    }
}
