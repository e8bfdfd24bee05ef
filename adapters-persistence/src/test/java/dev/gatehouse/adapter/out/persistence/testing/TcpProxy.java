package dev.gatehouse.adapter.out.persistence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder between tests and a server, for taking the server away and giving it back
 * while a client (a connection pool) keeps running: it listens on {@code 127.0.0.1} on a free
 * port and forwards each connection to one target host and port.
 *
 * <p>{@link #cut()} closes every forwarded connection at once, abortively (the client sees a
 * connection reset, the server an ended session), and from then on closes each new connection as
 * soon as it is accepted, so that clients see a connection error fast instead of waiting for a
 * timeout. {@link #restore()} forwards new connections again; nothing else needs restarting.
 *
 * <p>Each connection runs on two virtual threads (one per direction); {@link #close()} stops
 * them all and waits until they have ended. For a database behind it:
 * <pre>{@code
 * TestDatabase database = TestDatabase.create();
 * TcpProxy proxy = TcpProxy.startFor(database.url());
 * String url = proxy.jdbcUrlThroughProxy(database.url()); // same database and parameters
 * }</pre>
 */
public final class TcpProxy implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(10);
    private static final Duration ACCEPT_RETRY_PAUSE = Duration.ofMillis(50);
    private static final int BUFFER_SIZE = 16 * 1024;

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Object linking = new Object();
    private final Thread acceptor;
    private volatile boolean cut;
    private volatile boolean closed;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getByName(LOOPBACK));
        this.acceptor = startThread("accept", this::acceptUntilClosed);
    }

    /** Starts forwarding {@code 127.0.0.1:}{@link #port()} to {@code targetHost:targetPort}. */
    public static TcpProxy start(String targetHost, int targetPort) {
        try {
            return new TcpProxy(targetHost, targetPort);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not listen on " + LOOPBACK, failure);
        }
    }

    /** Starts forwarding to the one server a PostgreSQL JDBC URL names. */
    public static TcpProxy startFor(String jdbcUrl) {
        JdbcUrls.Server target = JdbcUrls.serverOf(jdbcUrl);
        return start(target.host(), target.port());
    }

    /** {@code jdbcUrl} (same database, same parameters) with this proxy in place of its server. */
    public String jdbcUrlThroughProxy(String jdbcUrl) {
        return JdbcUrls.withServer(jdbcUrl, host(), port());
    }

    public String host() {
        return LOOPBACK;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Closes every forwarded connection now, and each new one as soon as it is accepted. */
    public void cut() {
        synchronized (linking) {
            cut = true;
            List.copyOf(links).forEach(Link::abort);
        }
    }

    /** Forwards new connections again. */
    public void restore() {
        cut = false;
    }

    public boolean isCut() {
        return cut;
    }

    /** How many connections are being forwarded right now. */
    public int openConnections() {
        return links.size();
    }

    /**
     * Stops listening, closes every connection and waits until all of this proxy's threads have
     * ended. Idempotent.
     *
     * @throws IllegalStateException if a thread is still alive after a generous wait
     */
    @Override
    public void close() {
        synchronized (linking) {
            closed = true;
            cut = true;
            List.copyOf(links).forEach(Link::abort);
        }
        closeQuietly(server);
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        // The acceptor first: once it has ended, no connection is being set up any more, so no new
        // thread can start.
        awaitEnd(acceptor, deadline);
        for (Thread thread : List.copyOf(threads)) {
            awaitEnd(thread, deadline);
        }
        if (liveThreads() > 0) {
            throw new IllegalStateException(
                    liveThreads() + " thread(s) of " + this + " did not end within " + THREADS_END_WITHIN);
        }
    }

    /** This proxy's threads that have not ended yet. */
    int liveThreads() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    @Override
    public String toString() {
        return "TcpProxy[" + LOOPBACK + ":" + port() + " -> " + targetHost + ":" + targetPort
                + (closed ? ", closed" : cut ? ", cut" : "") + "]";
    }

    private void acceptUntilClosed() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException failure) {
                if (closed) {
                    return;
                }
                pauseAfterAcceptFailed();
                continue;
            }
            if (cut) {
                abort(client);
            } else {
                startThread("connect", () -> forward(client));
            }
        }
    }

    /** A failing accept (say, out of file descriptors) must not turn into a busy loop. */
    private static void pauseAfterAcceptFailed() {
        try {
            Thread.sleep(ACCEPT_RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void forward(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(targetHost, targetPort), (int) CONNECT_TIMEOUT.toMillis());
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException unreachable) {
            abort(client);
            closeQuietly(upstream);
            return;
        }
        Link link = new Link(client, upstream);
        synchronized (linking) {
            if (cut || closed) {
                link.abort();
                return;
            }
            links.add(link);
            startThread("up", () -> pump(link, client, upstream));
            startThread("down", () -> pump(link, upstream, client));
        }
    }

    /** Copies until either side ends or fails, then ends the whole connection. */
    private static void pump(Link link, Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER_SIZE];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // Either side went away, or cut() / close() closed the sockets: the connection is over.
        } finally {
            link.close();
        }
    }

    private Thread startThread(String role, Runnable task) {
        Thread thread = Thread.ofVirtual()
                .name("tcp-proxy-" + port() + "-" + role)
                .unstarted(() -> {
                    try {
                        task.run();
                    } finally {
                        threads.remove(Thread.currentThread());
                    }
                });
        threads.add(thread);
        thread.start();
        return thread;
    }

    private static void awaitEnd(Thread thread, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return;
        }
        try {
            thread.join(Duration.ofNanos(remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes with a reset (SO_LINGER 0) rather than an orderly FIN: the client fails at once. */
    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException alreadyClosed) {
            // Nothing to reset.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that is wanted; a socket that is already gone is fine.
        }
    }

    /** One forwarded connection: the client's socket and the one to the target. */
    private final class Link {
        private final Socket client;
        private final Socket upstream;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void abort() {
            TcpProxy.abort(client);
            closeQuietly(upstream);
            links.remove(this);
        }

        void close() {
            closeQuietly(client);
            closeQuietly(upstream);
            links.remove(this);
        }
    }
}
