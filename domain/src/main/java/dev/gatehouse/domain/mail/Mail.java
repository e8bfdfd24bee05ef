package dev.gatehouse.domain.mail;

import dev.gatehouse.domain.user.Email;
import java.util.Objects;

/**
 * One mail to one recipient, rendered: a subject and a plain-text body. The body may hold a live
 * token (a link to act on), so it is never printed ({@link #toString()} leaves it out).
 */
public record Mail(Email to, MailTopic topic, String subject, String text) {
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "Mail[topic=" + topic + ", body redacted]";
    }
}
