package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.email.InvalidEmailTokenException;

/**
 * The token of a mailed link, as the page the link opened sends it. Text that cannot be a token
 * this service issued (too long, or any character outside base64url: padding, spaces, control
 * characters, lone surrogates) gets the purpose's invalid-…-token answer here, the same as an
 * unknown token, without reaching the use case: nobody learns more from a malformed token than
 * from a wrong one, and the store is spared hashing and looking up megabytes of junk.
 */
final class EmailTokenText {
    /**
     * Far more than the 43 characters of a 256-bit token, so that a longer token format later
     * needs no change here; the cap only bounds the work for junk.
     */
    static final int MAX_LENGTH = 512;

    static final String DESCRIPTION = "The token from the mailed link (base64url, at most " + MAX_LENGTH
            + " characters). Any other text is answered like an unknown token";

    private EmailTokenText() {}

    /** Call once the field is known to be present and not blank. */
    static EmailToken parse(String text, EmailTokenPurpose purpose) {
        if (text.length() > MAX_LENGTH || !text.chars().allMatch(EmailTokenText::isBase64Url)) {
            throw new InvalidEmailTokenException(purpose);
        }
        return new EmailToken(text);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
