package dev.gatehouse.domain.key;

import java.security.interfaces.RSAPublicKey;

/** The public half of a signing key: what verifiers need, published in the JWKS. */
public record VerificationKey(String kid, RSAPublicKey publicKey) {}
