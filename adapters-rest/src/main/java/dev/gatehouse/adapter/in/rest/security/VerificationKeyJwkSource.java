package dev.gatehouse.adapter.in.rest.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.gatehouse.domain.port.in.ListVerificationKeysUseCase;
import java.util.List;
import java.util.Set;

/**
 * The keys a token may be verified with, asked of the application for every token: it keeps them
 * cached, and asking each time means a key rotated in by another instance is accepted as soon as
 * the application knows it. A token that names no {@code kid} matches nothing.
 */
final class VerificationKeyJwkSource implements JWKSource<SecurityContext> {
    private final ListVerificationKeysUseCase verificationKeys;

    VerificationKeyJwkSource(ListVerificationKeysUseCase verificationKeys) {
        this.verificationKeys = verificationKeys;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Set<String> wantedKids = selector.getMatcher().getKeyIDs();
        if (wantedKids == null || wantedKids.isEmpty()) {
            return List.of();
        }
        return selector.select(VerificationKeyJwks.toJwkSet(verificationKeys.verificationKeys()));
    }
}
