package dev.gatehouse.adapter.in.rest.security;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers access tokens whose signature and time-independent rules (algorithm, our key, typ,
 * issuer, audience, subject) already held, so that a client presenting its token on every request
 * pays for parsing and RSA verification once, not each time — about a sixth of the CPU of a
 * token-authenticated read. What can change while a token lives is checked on every use, hit or
 * not: its expiry and whether its account still stands behind it ({@code everyUse}).
 *
 * <p>The key is the whole token text, so a token altered in any way is a different entry and gets
 * the full verification. Only tokens that passed are kept. A signing key leaves the JWKS only after
 * every token it signed has expired, so a remembered verdict never outlives its key. Memory is
 * bounded: when {@link #MAX_ENTRIES} tokens are held, the cache is emptied and refills with the
 * tokens in use.
 */
final class VerifiedTokenCache implements JwtDecoder {
    static final int MAX_ENTRIES = 4096;

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> everyUse;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param verifying decodes, verifies the signature and applies the rules that do not depend on time
     * @param everyUse  the rules applied on every use: expiry, then the account's standing
     */
    VerifiedTokenCache(JwtDecoder verifying, OAuth2TokenValidator<Jwt> everyUse) {
        this.verifying = verifying;
        this.everyUse = everyUse;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = verifying.decode(token);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        OAuth2TokenValidatorResult result = everyUse.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
