package dev.gatehouse.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test's JVM (GreenMail) on a port of its own, which can be stopped and
 * started again on the same port (an SMTP outage). Tests tell their mail apart by recipient: every
 * test uses addresses of its own.
 */
final class MailCatcher {
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("#token=([A-Za-z0-9_-]+)");

    private final int port;
    private GreenMail server;

    MailCatcher() {
        this.port = freePort();
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops accepting mail: connections to the port are refused, as when the mail server is down. */
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A received mail, read once. */
    record ReceivedMail(String to, String from, String subject, String text) {
        /** The token of the one link in the mail. */
        String linkToken() {
            Matcher matcher = TOKEN_IN_LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in the mail \"" + subject + "\"");
            }
            return matcher.group(1);
        }

        boolean hasLink() {
            return text.contains("http://") || text.contains("https://");
        }
    }

    /** The mail received so far for {@code address}, in order of arrival. */
    synchronized List<ReceivedMail> mailTo(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .map(MailCatcher::read)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            return new ReceivedMail(
                    message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getFrom()[0].toString(),
                    message.getSubject(),
                    plainText(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part, decoded (quoted-printable and the charset undone). */
    private static String plainText(Part part) throws MessagingException {
        try {
            Object content = part.getContent();
            if (content instanceof String text && part.isMimeType("text/plain")) {
                return text;
            }
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
