package dev.gatehouse.adapter.out.persistence.testing;

/** Rewrites a PostgreSQL JDBC URL to name another database on the same server. */
final class JdbcUrls {
    private static final String PREFIX = "jdbc:postgresql:";

    private JdbcUrls() {
    }

    /**
     * {@code jdbc:postgresql://host:port/old?params} becomes {@code jdbc:postgresql://host:port/database?params};
     * also handles a URL without a database and the host-less form {@code jdbc:postgresql:old}.
     */
    static String withDatabase(String url, String database) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql:...): " + url);
        }
        int queryStart = url.indexOf('?');
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        String location = url.substring(PREFIX.length(), queryStart < 0 ? url.length() : queryStart);
        if (!location.startsWith("//")) {
            return PREFIX + database + query;
        }
        int pathStart = location.indexOf('/', 2);
        String hosts = pathStart < 0 ? location : location.substring(0, pathStart);
        return PREFIX + hosts + "/" + database + query;
    }
}
