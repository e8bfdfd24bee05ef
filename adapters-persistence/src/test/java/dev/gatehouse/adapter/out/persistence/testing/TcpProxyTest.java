package dev.gatehouse.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy in front of a small echo server. */
class TcpProxyTest {
    private static final Duration FAST = Duration.ofSeconds(2);

    private EchoServer echo;
    private TcpProxy proxy;
    private final List<Socket> clients = new ArrayList<>();

    @BeforeEach
    void startEchoServerAndProxy() throws IOException {
        echo = new EchoServer();
        proxy = TcpProxy.start("127.0.0.1", echo.port());
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (Socket client : clients) {
            client.close();
        }
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsBothWays() throws IOException {
        Socket client = connect();

        assertThat(roundTrip(client, "hello")).isEqualTo("hello");
        assertThat(roundTrip(client, "again")).isEqualTo("again");
        assertThat(proxy.host()).isEqualTo("127.0.0.1");
        assertThat(proxy.port()).isPositive().isNotEqualTo(echo.port());
        assertThat(proxy.openConnections()).isEqualTo(1);
    }

    @Test
    void cutEndsLiveConnectionsAtOnce() throws IOException {
        Socket client = connect();
        roundTrip(client, "before");

        proxy.cut();

        assertThat(proxy.isCut()).isTrue();
        assertThat(proxy.openConnections()).isZero();
        assertFailsFast(client);
    }

    @Test
    void whileCutANewConnectionIsClosedAsSoonAsItIsAccepted() throws IOException {
        proxy.cut();

        Socket client = connect();

        assertFailsFast(client);
        assertThat(proxy.openConnections()).isZero();
    }

    @Test
    void restoreForwardsNewConnectionsAgain() throws IOException {
        Socket before = connect();
        roundTrip(before, "before");
        proxy.cut();

        proxy.restore();

        assertThat(proxy.isCut()).isFalse();
        assertThat(roundTrip(connect(), "after")).isEqualTo("after");
        assertFailsFast(before);
    }

    @Test
    void aTargetThatCannotBeReachedEndsTheClientsConnection() throws IOException {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        try (TcpProxy toNowhere = TcpProxy.start("127.0.0.1", closedPort);
                Socket client = new Socket(toNowhere.host(), toNowhere.port())) {
            client.setSoTimeout((int) FAST.toMillis());
            assertFailsFast(client);
        }
    }

    @Test
    void closeEndsEveryConnectionAndThreadAndStopsListening() throws IOException {
        Socket first = connect();
        Socket second = connect();
        roundTrip(first, "one");
        roundTrip(second, "two");
        int port = proxy.port();

        proxy.close();

        assertThat(proxy.liveThreads()).isZero();
        assertThat(proxy.openConnections()).isZero();
        assertFailsFast(first);
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        proxy.close(); // idempotent
    }

    @Test
    void connectionsTheClientClosesEndTheirThreads() throws IOException {
        Socket client = connect();
        roundTrip(client, "bye");

        client.close();

        await().atMost(FAST).untilAsserted(() -> {
            assertThat(proxy.openConnections()).isZero();
            assertThat(proxy.liveThreads()).as("only the acceptor").isEqualTo(1);
        });
    }

    @Test
    void pointsAJdbcUrlAtItselfAndStartsForTheServerAUrlNames() {
        String url = "jdbc:postgresql://127.0.0.1:" + echo.port() + "/gh_test_1?loggerLevel=OFF";

        try (TcpProxy forUrl = TcpProxy.startFor(url)) {
            assertThat(forUrl.jdbcUrlThroughProxy(url))
                    .isEqualTo("jdbc:postgresql://127.0.0.1:" + forUrl.port() + "/gh_test_1?loggerLevel=OFF");
            assertThat(forUrl.toString()).contains("-> 127.0.0.1:" + echo.port());
        }
    }

    private Socket connect() throws IOException {
        Socket client = new Socket(proxy.host(), proxy.port());
        client.setSoTimeout((int) FAST.toMillis());
        clients.add(client);
        return client;
    }

    private static String roundTrip(Socket client, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.getOutputStream().write(bytes);
        client.getOutputStream().flush();
        return new String(client.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    /** Reading ends (EOF or reset) well before the socket's read timeout would. */
    private static void assertFailsFast(Socket client) {
        long startedAt = System.nanoTime();
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            out.write(1);
            out.flush();
            assertThat(in.read()).as("read after the connection ended").isEqualTo(-1);
        } catch (SocketException expected) {
            // Connection reset: just as good.
        } catch (IOException other) {
            throw new AssertionError("Expected the connection to end, got " + other, other);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(FAST);
    }

    /** Echoes every byte back, one virtual thread per connection. */
    private static final class EchoServer implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Thread acceptor = Thread.ofVirtual().start(this::serve);

        EchoServer() throws IOException {}

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            while (!server.isClosed()) {
                try {
                    Socket connection = server.accept();
                    Thread.ofVirtual().start(() -> echo(connection));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void echo(Socket connection) {
            try (connection) {
                connection.getInputStream().transferTo(connection.getOutputStream());
            } catch (IOException ended) {
                // The proxy went away.
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            acceptor.join(FAST);
        }
    }
}
