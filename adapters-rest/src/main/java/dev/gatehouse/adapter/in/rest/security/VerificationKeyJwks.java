package dev.gatehouse.adapter.in.rest.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.domain.key.VerificationKey;

/** Our verification keys as JSON Web Keys: public RSA signing keys for RS256, named by kid. */
final class VerificationKeyJwks {

    private VerificationKeyJwks() {}

    static RSAKey toJwk(VerificationKey key) {
        return new RSAKey.Builder(key.publicKey())
                .keyID(key.kid())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }
}
