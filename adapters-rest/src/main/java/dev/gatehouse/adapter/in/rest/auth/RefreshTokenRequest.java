package dev.gatehouse.adapter.in.rest.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of refresh and logout. snake_case like the token response it comes from. Nothing else is
 * accepted. The field may be left out only when refresh cookies are on and the cookie is sent.
 */
@Schema(name = "RefreshTokenRequest")
public record RefreshTokenRequest(
        @JsonProperty("refresh_token")
        @Schema(
                description = "The refresh_token of the last token response. Required, unless the deployment "
                        + "has refresh cookies on and the gatehouse_refresh cookie is sent instead")
        String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[redacted]";
    }
}
