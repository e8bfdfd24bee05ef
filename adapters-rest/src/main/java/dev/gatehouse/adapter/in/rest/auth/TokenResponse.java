package dev.gatehouse.adapter.in.rest.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.token.TokenPair;
import io.swagger.v3.oas.annotations.media.Schema;

/** RFC 6749 §5.1 token response, hence snake_case; lifetimes in seconds. */
@Schema(name = "TokenResponse")
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,

        @JsonProperty("token_type") @Schema(example = "Bearer")
        String tokenType,

        @JsonProperty("expires_in") @Schema(example = "900") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,

        @JsonProperty("refresh_expires_in") @Schema(example = "1209600")
        long refreshExpiresIn) {

    public static TokenResponse of(TokenPair tokens) {
        return new TokenResponse(
                tokens.accessToken().value(),
                "Bearer",
                tokens.accessTokenLifetime().toSeconds(),
                tokens.refreshToken().value(),
                tokens.refreshTokenLifetime().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
