package dev.gatehouse.archfixture.adapter.out.security;

public class FixtureSigner {
    public String sign(String claims) {
        return claims;
    }
}
