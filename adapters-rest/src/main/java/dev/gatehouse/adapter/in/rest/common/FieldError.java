package dev.gatehouse.adapter.in.rest.common;

import io.swagger.v3.oas.annotations.media.Schema;

/** One refused input field: its name as the client sent it, and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "email") String field,
        @Schema(example = "must be a valid email address") String message) {}
