package dev.gatehouse.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one pass of an outbox sender did. The application core does not log: the sender that runs
 * the passes reports what operators need to know from this (mail that failed, mail given up on,
 * mail that may arrive twice).
 *
 * @param claimed             mails claimed in this pass; each was either handed to the mail server
 *                            or is one of the failures
 * @param failures            mails the mail server did not take, in the order they were tried
 * @param deliveredAfterLease topics of mails handed over after their lease ran out and another
 *                            sender had claimed them: they may arrive twice
 */
public record MailDeliveryPass(int claimed, List<Failure> failures, List<MailTopic> deliveredAfterLease) {
    /** A pass that found nothing to do. */
    public static final MailDeliveryPass NOTHING_DUE = new MailDeliveryPass(0, List.of(), List.of());

    public MailDeliveryPass {
        failures = List.copyOf(failures);
        deliveredAfterLease = List.copyOf(deliveredAfterLease);
        if (failures.size() > claimed) {
            throw new IllegalArgumentException(
                    "a pass fails only mails it claimed: " + claimed + " claimed, " + failures.size() + " failed");
        }
    }

    /** Mails handed to the mail server: every claimed mail that did not fail. */
    public int delivered() {
        return claimed - failures.size();
    }

    /** The failures after which the mail was given up on for good (the rest are tried again later). */
    public List<Failure> givenUp() {
        return failures.stream().filter(Failure::givenUp).toList();
    }

    /**
     * A mail the mail server did not take.
     *
     * @param topic    what the mail is about (never its address or body, which may hold a live link)
     * @param attempts delivery attempts so far, this one included
     * @param queuedAt when the mail was queued
     * @param error    why, as the mail sender reported it
     * @param givenUp  whether this was the last attempt
     */
    public record Failure(MailTopic topic, int attempts, Instant queuedAt, String error, boolean givenUp) {
        public Failure {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(queuedAt, "queuedAt");
            Objects.requireNonNull(error, "error");
        }
    }
}
