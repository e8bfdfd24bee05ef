package dev.gatehouse.archfixture.adapter.in.rest;

import dev.gatehouse.archfixture.adapter.out.security.FixtureSigner;

/**
 * Violates rule 2: the REST adapter uses a class of the security adapter, another module (one
 * layer with it, before each module had its own, this went unseen).
 */
public class VerifierUsingSigner {
    public String expected(FixtureSigner signer) {
        return signer.sign("claims");
    }
}
