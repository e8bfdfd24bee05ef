package dev.gatehouse.domain.token;

import java.util.Objects;

/**
 * Who issues the access tokens and who they are for: written into every token by the signer and
 * required of every token by the verifier. Bootstrap builds it from its properties.
 */
public record IssuerAndAudience(String issuer, String audience) {
    public IssuerAndAudience {
        requireText(issuer, "issuer");
        requireText(audience, "audience");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The token " + name + " must not be blank");
        }
    }
}
