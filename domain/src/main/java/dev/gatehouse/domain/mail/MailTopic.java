package dev.gatehouse.domain.mail;

/** What a mail is about: which text it gets, and how operators tell mail apart in the outbox. */
public enum MailTopic {
    /** A link that proves the account's address (after registration, or asked for again). */
    VERIFY_EMAIL,
    /** A link that sets a new password. */
    PASSWORD_RESET,
    /** A link, sent to the new address, that switches the account to it. */
    CONFIRM_EMAIL_CHANGE,
    /** Notice: the password was changed by its owner. */
    PASSWORD_CHANGED_NOTICE,
    /** Notice: the password was reset through a mailed link. */
    PASSWORD_RESET_NOTICE,
    /** Notice: the second factor was switched off by its owner. */
    MFA_DISABLED_NOTICE,
    /** Notice: the second factor was reset by an admin or the break-glass command. */
    MFA_RESET_NOTICE,
    /** Notice to the old address: someone asked to move the account to another address. */
    EMAIL_CHANGE_REQUESTED_NOTICE,
    /** Notice to the old address: the account now uses another address. */
    EMAIL_CHANGED_NOTICE
}
