package dev.gatehouse.devmode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The developer mode as {@code ./gatehouse-dev} starts it: the built jar (system property
 * {@code gatehouse.dev.jar}) in a JVM of its own, with the same JVM settings, in a working
 * directory of the test's choosing, on a random port. Its output is read as it comes.
 */
final class DevModeProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("^  URL\\s+(\\S+)$");
    private static final Pattern ADMIN = Pattern.compile("^  ADMIN\\s+(\\S+) / (\\S+)$");
    private static final String RULE = "=".repeat(78);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    /** Settings a developer's shell might carry that would change what is tested. */
    private static final List<String> CLEARED_VARIABLES = List.of(
            "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD",
            "APP_BOOTSTRAP_ADMIN_EMAIL",
            "APP_BOOTSTRAP_ADMIN_PASSWORD",
            "APP_AUTH_MFA_REQUIRED_FOR_ADMINS",
            "APP_AUTH_MFA_ISSUER",
            "GATEHOUSE_DEV_HOME",
            "SERVER_PORT");

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    /** What the start-up block said. */
    record Started(String baseUrl, String adminEmail, String adminPassword, String block) {}

    private DevModeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "dev-mode-output");
        reader.setDaemon(true);
        reader.start();
    }

    static DevModeProcess start(Path workingDirectory, Map<String, String> environment) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "@" + System.getProperty("gatehouse.jvm.options"),
                        "-Xmx512m",
                        "-jar",
                        System.getProperty("gatehouse.dev.jar"),
                        "--server.port=0")
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        CLEARED_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        try {
            return new DevModeProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the start-up block and reads it; fails with the output when the process ends first. */
    Started awaitStarted(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<String> block = startUpBlock();
            if (!block.isEmpty()) {
                return new Started(
                        group(block, URL).group(1),
                        group(block, ADMIN).group(1),
                        group(block, ADMIN).group(2),
                        String.join("\n", block));
            }
            if (!process.isAlive()) {
                throw new AssertionError("The developer mode ended (exit " + process.exitValue()
                        + ") before it printed its start-up block:\n" + output());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No start-up block within " + timeout + ":\n" + output());
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Stops it as Ctrl-C does (SIGTERM) and waits until it, and so its PostgreSQL, has stopped. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("The developer mode did not stop within " + STOP_WAIT + ":\n" + output());
        }
    }

    /** The lines between the second and the third rule, once the third has been printed. */
    private List<String> startUpBlock() {
        synchronized (lines) {
            List<Integer> rules = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals(RULE)) {
                    rules.add(i);
                }
            }
            return rules.size() < 3 ? List.of() : List.copyOf(lines.subList(rules.get(0), rules.get(2) + 1));
        }
    }

    private static Matcher group(List<String> block, Pattern pattern) {
        return block.stream()
                .map(pattern::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No line " + pattern + " in:\n" + String.join("\n", block)));
    }

    private void readOutput() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException ended) {
            // The process is gone; what it printed is kept.
        }
    }
}
