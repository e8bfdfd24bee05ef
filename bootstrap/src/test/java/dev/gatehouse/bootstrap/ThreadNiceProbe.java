package dev.gatehouse.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own by {@link JvmOptionsThreadPriorityTest}: starts a thread at the lowest
 * Java priority, as the password-hashing pool does, then prints every thread of this process with
 * the nice value Linux schedules it by, one {@code <nice> <name>} per line, the low one first.
 */
public final class ThreadNiceProbe {
    static final String LOW_THREAD = "probe-lowest";

    private ThreadNiceProbe() {}

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        String[] lowThreadStat = new String[1];
        Thread low = new Thread(
                () -> {
                    try {
                        lowThreadStat[0] = Files.readString(Path.of("/proc/thread-self/stat"));
                        started.countDown();
                        done.await();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                },
                LOW_THREAD);
        low.setPriority(Thread.MIN_PRIORITY);
        low.setDaemon(true);
        low.start();
        started.await();
        System.out.println(nice(lowThreadStat[0]) + " " + LOW_THREAD);
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                System.out.println(nice(stat) + " " + stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
            }
        }
        done.countDown();
    }

    /** Field 19 of proc(5)'s stat line; the name before it, in parentheses, may hold spaces. */
    private static int nice(String stat) {
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(afterName[16]);
    }
}
