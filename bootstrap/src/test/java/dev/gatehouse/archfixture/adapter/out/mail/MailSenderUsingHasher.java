package dev.gatehouse.archfixture.adapter.out.mail;

import dev.gatehouse.archfixture.adapter.out.security.FixtureHasher;

/** Violates rule 2: the mail adapter uses another adapter module (the security adapter). */
public class MailSenderUsingHasher {
    public String send(FixtureHasher hasher, String text) {
        return hasher.hash(text);
    }
}
