package dev.gatehouse.domain.email;

import dev.gatehouse.domain.common.DomainException;

/**
 * The right password of an account whose address is not verified, while the deployment requires
 * verified addresses to sign in: no tokens until the link mailed to it is followed.
 */
public class EmailNotVerifiedException extends DomainException {
    public EmailNotVerifiedException() {
        super("The account's email is not verified");
    }
}
