package dev.gatehouse.adapter.in.rest.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.gatehouse.domain.port.in.key.FindVerificationKeyUseCase;
import java.util.List;
import java.util.Set;

/**
 * The key a token names by {@code kid}, asked of the application for every token: it keeps keys
 * cached and looks an unknown kid up in the store again at most once per short interval, so a key
 * rotated in by another instance is accepted soon, and a flood of made-up kids costs nothing. A
 * token that names no {@code kid} matches nothing.
 */
final class VerificationKeyJwkSource implements JWKSource<SecurityContext> {
    private final FindVerificationKeyUseCase verificationKeys;

    VerificationKeyJwkSource(FindVerificationKeyUseCase verificationKeys) {
        this.verificationKeys = verificationKeys;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Set<String> wantedKids = selector.getMatcher().getKeyIDs();
        if (wantedKids == null || wantedKids.isEmpty()) {
            return List.of();
        }
        List<JWK> found = wantedKids.stream()
                .filter(kid -> kid != null && !kid.isEmpty())
                .flatMap(kid -> verificationKeys.findVerificationKey(kid).stream())
                .<JWK>map(VerificationKeyJwks::toJwk)
                .toList();
        // The selector still checks the rest (key type, use, algorithm) against what it found.
        return selector.select(new JWKSet(found));
    }
}
