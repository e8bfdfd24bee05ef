package dev.gatehouse.adapter.in.rest.security;

import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.domain.key.VerificationKey;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A JWK Set (RFC 7517 §5) of public RSA signing keys. */
@Schema(name = "JwkSet")
public record JwkSetResponse(List<Jwk> keys) {

    public static JwkSetResponse of(List<VerificationKey> keys) {
        return new JwkSetResponse(keys.stream().map(Jwk::of).toList());
    }

    /** One public key; {@code n} and {@code e} are base64url without padding. */
    @Schema(name = "Jwk")
    public record Jwk(
            @Schema(example = "RSA") String kty,
            String kid,
            @Schema(example = "sig") String use,
            @Schema(example = "RS256") String alg,
            String n,
            @Schema(example = "AQAB") String e) {

        public static Jwk of(VerificationKey key) {
            RSAKey jwk = VerificationKeyJwks.toJwk(key);
            return new Jwk(
                    jwk.getKeyType().getValue(),
                    jwk.getKeyID(),
                    jwk.getKeyUse().getValue(),
                    jwk.getAlgorithm().getName(),
                    jwk.getModulus().toString(),
                    jwk.getPublicExponent().toString());
        }
    }
}
