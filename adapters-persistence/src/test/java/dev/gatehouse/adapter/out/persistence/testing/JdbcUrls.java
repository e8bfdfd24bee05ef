package dev.gatehouse.adapter.out.persistence.testing;

/** Rewrites a PostgreSQL JDBC URL to name another database, or another server, keeping the rest. */
final class JdbcUrls {
    private static final String PREFIX = "jdbc:postgresql:";
    private static final String DEFAULT_HOST = "localhost";
    private static final int DEFAULT_PORT = 5432;

    /** One server's address as the URL names it (an IPv6 address without its brackets). */
    record Server(String host, int port) {}

    private JdbcUrls() {}

    /**
     * {@code jdbc:postgresql://host:port/old?params} becomes {@code jdbc:postgresql://host:port/database?params};
     * also handles a URL without a database and the host-less form {@code jdbc:postgresql:old}.
     */
    static String withDatabase(String url, String database) {
        Parts parts = Parts.of(url);
        return PREFIX + (parts.hosts() == null ? "" : "//" + parts.hosts() + "/") + database + parts.query();
    }

    /**
     * The same URL (database and parameters) with {@code host:port} as its only server; the host-less
     * form {@code jdbc:postgresql:db} gets one.
     */
    static String withServer(String url, String host, int port) {
        Parts parts = Parts.of(url);
        String authority = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        return PREFIX + "//" + authority + "/" + parts.database() + parts.query();
    }

    /** The one server the URL names (PostgreSQL's defaults localhost and 5432 where it names none). */
    static Server serverOf(String url) {
        Parts parts = Parts.of(url);
        if (parts.hosts() == null || parts.hosts().isEmpty()) {
            return new Server(DEFAULT_HOST, DEFAULT_PORT);
        }
        if (parts.hosts().contains(",")) {
            throw new IllegalArgumentException("The URL names several servers; expected one: " + url);
        }
        String hostAndPort = parts.hosts();
        int portStart;
        String host;
        if (hostAndPort.startsWith("[")) {
            int end = hostAndPort.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("Unclosed IPv6 address in " + url);
            }
            host = hostAndPort.substring(1, end);
            portStart = hostAndPort.indexOf(':', end);
        } else {
            portStart = hostAndPort.indexOf(':');
            host = portStart < 0 ? hostAndPort : hostAndPort.substring(0, portStart);
        }
        int port = portStart < 0 ? DEFAULT_PORT : Integer.parseInt(hostAndPort.substring(portStart + 1));
        return new Server(host.isEmpty() ? DEFAULT_HOST : host, port);
    }

    /**
     * @param hosts    what follows {@code //} up to the path, or null for the host-less form
     * @param database the path without its slash (may be empty)
     * @param query    {@code ?params}, or empty
     */
    private record Parts(String hosts, String database, String query) {
        static Parts of(String url) {
            if (!url.startsWith(PREFIX)) {
                throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql:...): " + url);
            }
            int queryStart = url.indexOf('?');
            String query = queryStart < 0 ? "" : url.substring(queryStart);
            String location = url.substring(PREFIX.length(), queryStart < 0 ? url.length() : queryStart);
            if (!location.startsWith("//")) {
                return new Parts(null, location, query);
            }
            int pathStart = location.indexOf('/', 2);
            String hosts = pathStart < 0 ? location.substring(2) : location.substring(2, pathStart);
            String database = pathStart < 0 ? "" : location.substring(pathStart + 1);
            return new Parts(hosts, database, query);
        }
    }
}
