package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The password-hashing threads run at {@link Thread#MIN_PRIORITY}, but the JVM passes Java
 * priorities on to Linux only when {@code bootstrap/jvm.options} says so. This launches a JVM with
 * exactly those options and reads the nice values the kernel holds for its threads: the lowest Java
 * priority must come out below normal (so a login flood yields the CPU to requests that need no
 * hash), and no thread may come out above normal, which only root could set (so the service is
 * scheduled alike whoever runs it, a container's unprivileged user included).
 */
@EnabledOnOs(OS.LINUX)
class JvmOptionsThreadPriorityTest {

    @Test
    void theLowestJavaPriorityRunsBelowNormalAndNothingRunsAbove() throws Exception {
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "@" + Path.of("jvm.options").toAbsolutePath(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ThreadNiceProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();

        List<String> threads =
                output.lines().filter(line -> line.matches("-?\\d+ .*")).toList();
        assertThat(threads).as(output).hasSizeGreaterThan(5);
        assertThat(threads.getFirst()).isEqualTo("4 " + ThreadNiceProbe.LOW_THREAD);
        assertThat(threads)
                .as("every thread of a JVM started with jvm.options, as <nice> <name>")
                .allSatisfy(thread ->
                        assertThat(Integer.parseInt(thread.split(" ", 2)[0])).isNotNegative());
        assertThat(threads).anySatisfy(thread -> assertThat(thread).startsWith("0 C2 Compiler"));
    }
}
