package dev.gatehouse.adapter.out.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A real SMTP server on a free port that takes every command but refuses each recipient, quoting
 * the address as servers do ({@code 550 5.1.1 <addr>: Recipient address rejected}). GreenMail
 * cannot be made to refuse a recipient.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    private RefusingSmtpServer(ServerSocket socket) {
        this.socket = socket;
        this.thread = Thread.ofPlatform().daemon().name("refusing-smtp").start(this::serve);
    }

    static RefusingSmtpServer start() throws IOException {
        return new RefusingSmtpServer(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("RCPT TO:")) {
                reply(out, "550 5.1.1 " + line.substring("RCPT TO:".length()).strip() + ": Recipient address rejected");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            thread.join(2000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
