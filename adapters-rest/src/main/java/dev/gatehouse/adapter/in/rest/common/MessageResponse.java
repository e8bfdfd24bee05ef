package dev.gatehouse.adapter.in.rest.common;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a 202: the request is accepted and its effect (a mail) follows. A fixed text per
 * endpoint, never one that depends on the account, so that it tells nothing about it.
 */
@Schema(name = "Message")
public record MessageResponse(
        @Schema(example = "If an enabled account has this address, a link to reset its password is on its way.")
        String message) {}
