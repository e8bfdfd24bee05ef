package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bootstrap/run.sh} gives each build its own extracted folder, so that a start after a rebuild
 * never rewrites the files an instance of the previous build still runs from, and removes a folder
 * once no process runs from it. Runs the real script on the jar the build just made, with a
 * stand-in {@code java} that extracts with the real JVM and otherwise waits like a running service
 * (it inherits the script's in-use lock, as the JVM does). The cache is off: its training is not
 * what is tested here, and would take 20 s a start.
 */
class RunScriptIT {
    private static final Path JAR = Path.of("target", "gatehouse.jar");
    private static final Pattern RUNS_FROM = Pattern.compile("-jar (\\S+)/gatehouse\\.jar");

    @TempDir
    Path checkout;

    private final List<Process> instances = new ArrayList<>();

    @BeforeEach
    void copyTheScriptAndTheJarIntoAFreshCheckout() throws Exception {
        assertThat(JAR).as("the jar the build made").exists();
        assertThat(commandExists("flock"))
                .as("flock(1) (util-linux), which run.sh's locks need")
                .isTrue();
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(Path.of("run.sh"), checkout.resolve("run.sh"));
        Files.copy(Path.of("jvm.options"), checkout.resolve("jvm.options"));
        Files.copy(JAR, checkout.resolve("target/gatehouse.jar"), StandardCopyOption.COPY_ATTRIBUTES);

        Path fakeJava = checkout.resolve("jdk/bin/java");
        Files.createDirectories(fakeJava.getParent());
        Files.writeString(fakeJava, """
                #!/bin/sh
                # Extraction goes to the real JVM; a start records its arguments and waits to be stopped.
                case " $* " in *" -Djarmode=tools "*) exec "$REAL_JAVA" "$@" ;; esac
                echo "$*" > "$STARTED_WITH.tmp" && mv "$STARTED_WITH.tmp" "$STARTED_WITH"
                exec sleep 600
                """);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void stopTheInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void aRebuildGetsItsOwnFolderAndTheOldOneGoesWhenNothingRunsFromIt() throws Exception {
        Process first = start("first");
        Path firstFolder = runsFrom("first");
        assertThat(firstFolder.getParent()).isEqualTo(checkout.resolve("target/extracted"));

        rebuild();
        start("second");
        Path secondFolder = runsFrom("second");

        assertThat(secondFolder).isNotEqualTo(firstFolder);
        assertThat(firstFolder.resolve("gatehouse.jar"))
                .as("the running first instance's files after a start of the rebuilt jar")
                .exists();
        assertThat(firstFolder.resolve("lib")).isNotEmptyDirectory();

        prepareOnly();
        assertThat(firstFolder).as("still in use by the first instance").exists();

        first.destroy();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        prepareOnly();

        assertThat(firstFolder).as("no longer in use").doesNotExist();
        assertThat(secondFolder.resolve("gatehouse.jar"))
                .as("the second instance's, still running")
                .exists();
    }

    @Test
    void startsOfOneBuildShareItsFolder() throws Exception {
        start("first");
        start("second");

        assertThat(runsFrom("second")).isEqualTo(runsFrom("first"));
        try (var folders = Files.list(checkout.resolve("target/extracted"))) {
            assertThat(folders).hasSize(1);
        }
    }

    @Test
    void aJarNamedByGatehouseJarRunsUnderItsOwnName() throws Exception {
        Path renamed = checkout.resolve("gatehouse-1.2.3.jar");
        Files.move(checkout.resolve("target/gatehouse.jar"), renamed);

        ProcessBuilder builder = script("renamed");
        builder.environment().put("GATEHOUSE_JAR", renamed.toString());
        instances.add(builder.start());

        String args = startArguments("renamed");
        Matcher jarArgument = Pattern.compile("-jar (\\S+)").matcher(args);
        assertThat(jarArgument.find()).as("a -jar argument in %s", args).isTrue();
        Path started = Path.of(jarArgument.group(1));
        assertThat(started.getFileName()).hasToString("gatehouse-1.2.3.jar");
        assertThat(started).as("the extracted copy the JVM is given").exists();
    }

    @Test
    void aMissingJarIsNamedInsteadOfAJavaError() throws Exception {
        Files.delete(checkout.resolve("target/gatehouse.jar"));

        Process script = script("missing").start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).isEqualTo(1);
        assertThat(output).contains("gatehouse.jar is missing").contains("./mvnw");
    }

    private void rebuild() throws IOException {
        Path jar = checkout.resolve("target/gatehouse.jar");
        Files.setLastModifiedTime(
                jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(10)));
    }

    private Process start(String name) throws IOException {
        Process process = script(name).start();
        instances.add(process);
        return process;
    }

    private void prepareOnly() throws Exception {
        ProcessBuilder builder = script("prepare");
        builder.environment().put("GATEHOUSE_PREPARE_ONLY", "1");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private ProcessBuilder script(String name) {
        ProcessBuilder builder =
                new ProcessBuilder("sh", checkout.resolve("run.sh").toString()).redirectErrorStream(true);
        if (!name.equals("missing")) {
            builder.redirectOutput(checkout.resolve(name + ".log").toFile());
        }
        builder.environment().put("JAVA_HOME", checkout.resolve("jdk").toString());
        builder.environment()
                .put("REAL_JAVA", ProcessHandle.current().info().command().orElseThrow());
        builder.environment()
                .put("STARTED_WITH", checkout.resolve(name + ".args").toString());
        builder.environment().put("GATEHOUSE_AOT", "off");
        builder.environment().remove("GATEHOUSE_APP_DIR");
        builder.environment().remove("GATEHOUSE_JAR");
        return builder;
    }

    /** The folder the named instance runs from, once it has started (extraction takes seconds). */
    private Path runsFrom(String name) throws Exception {
        String args = startArguments(name);
        Matcher matcher = RUNS_FROM.matcher(args);
        assertThat(matcher.find()).as("a -jar argument in %s", args).isTrue();
        return Path.of(matcher.group(1));
    }

    /** The arguments the named instance's JVM was started with, once it has started. */
    private String startArguments(String name) throws Exception {
        Path args = checkout.resolve(name + ".args");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(args)) {
            assertThat(Instant.now())
                    .as("%s started (log: %s)", name, readLog(name))
                    .isBefore(deadline);
            Thread.sleep(100);
        }
        return Files.readString(args);
    }

    private String readLog(String name) throws IOException {
        Path log = checkout.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static boolean commandExists(String command) throws Exception {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + command).start();
        return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
    }
}
