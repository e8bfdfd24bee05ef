package dev.gatehouse.archfixture.adapter.out.security;

public class FixtureHasher {
    public String hash(String text) {
        return text;
    }
}
