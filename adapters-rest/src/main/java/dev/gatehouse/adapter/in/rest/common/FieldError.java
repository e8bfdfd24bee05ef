package dev.gatehouse.adapter.in.rest.common;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** One refused input field: its name as the client sent it, and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "email", requiredMode = REQUIRED) String field,

        @Schema(example = "must be a valid email address", requiredMode = REQUIRED)
        String message) {}
