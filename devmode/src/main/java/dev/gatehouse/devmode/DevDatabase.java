package dev.gatehouse.devmode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The developer mode's PostgreSQL: zonky's embedded PostgreSQL (the binaries come from Maven
 * Central inside the dev jar) with its cluster in a folder that outlives the process, so the data
 * is there again at the next start. The server listens on localhost only, on a free port, and
 * trusts local connections (user {@code postgres}, no password).
 */
final class DevDatabase implements AutoCloseable {
    static final String DATABASE = "gatehouse";
    static final String USER = "postgres";

    /** zonky's lock file in the cluster folder, held by the process that runs the server. */
    private static final String ZONKY_LOCK = "epg-lock";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final boolean created;

    private DevDatabase(EmbeddedPostgres postgres, boolean created) {
        this.postgres = postgres;
        this.created = created;
    }

    /**
     * Starts the cluster in {@code clusterFolder} (made by initdb when it has none yet), logging the
     * server's output to {@code serverLog}, and creates the {@value #DATABASE} database if missing.
     */
    static DevDatabase start(Path clusterFolder, Path serverLog) {
        requireAUserPostgresAccepts();
        boolean fresh = !Files.exists(clusterFolder.resolve("PG_VERSION"));
        if (!fresh) {
            stopOrphanedServer(clusterFolder);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterFolder)
                    .setCleanDataDirectory(false)
                    // The caller stops the server after the application, not in a hook of its own.
                    .setRegisterShutdownHook(false)
                    // zonky turns durability off for tests; a developer's data should survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setOutputRedirector(Redirect.appendTo(serverLog.toFile()))
                    .setErrorRedirector(Redirect.appendTo(serverLog.toFile()))
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw new DevModeException(
                    "The embedded PostgreSQL did not start: " + e.getMessage() + ". Its log is " + serverLog
                            + "; a broken data folder can be wiped with: rm -rf " + clusterFolder.getParent(),
                    e);
        }
        DevDatabase database = new DevDatabase(postgres, fresh);
        database.createDatabaseIfMissing();
        return database;
    }

    /** True when this start made the cluster (a first start, or one after the data was wiped). */
    boolean created() {
        return created;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            close();
            throw new DevModeException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL refuses to run as root. zonky then runs it through {@code unshare -U} (a user
     * namespace, where the server is an unprivileged user owning the files root made); where that is
     * not allowed either, say so now instead of failing inside initdb.
     */
    private static void requireAUserPostgresAccepts() {
        if (isLinuxRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new DevModeException("PostgreSQL refuses to run as root, and this machine does not let root run it "
                    + "in a user namespace (`unshare -U id -u` fails or prints 0). Run the developer mode as an "
                    + "ordinary user, or allow user namespaces (in Docker: --privileged), or use "
                    + "`docker compose up` or an existing PostgreSQL instead (see README).");
        }
    }

    private static boolean isLinuxRoot() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                && new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    /**
     * A developer mode that was killed (not stopped) leaves its PostgreSQL running on the folder, and
     * the next start would fail on it. If no live developer mode holds the folder, such a server is
     * ours and stopped here; if one does, that is said instead.
     */
    private static void stopOrphanedServer(Path clusterFolder) {
        Optional<ProcessHandle> server = runningServer(clusterFolder);
        if (server.isEmpty()) {
            return;
        }
        if (heldByAnotherProcess(clusterFolder.resolve(ZONKY_LOCK))) {
            throw new DevModeException("Another Gatehouse developer mode is running on " + clusterFolder.getParent()
                    + " (PostgreSQL process " + server.get().pid() + "); stop it first.");
        }
        ProcessHandle orphan = server.get();
        orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old process
        try {
            orphan.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            throw new DevModeException("A PostgreSQL left running by an earlier developer mode (process " + orphan.pid()
                    + ") did not stop; stop it and start again.");
        }
    }

    /** The server process named in {@code postmaster.pid}, if it is alive and is a PostgreSQL. */
    private static Optional<ProcessHandle> runningServer(Path clusterFolder) {
        Path pidFile = clusterFolder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8)
                    .getFirst()
                    .strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").contains("postgres"));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // PostgreSQL itself deals with a stale or broken pid file
        }
    }

    private static boolean heldByAnotherProcess(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
