package dev.gatehouse.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes ended sessions, audit events past their retention, idle failed-login records, expired MFA
 * challenges (the second steps of logins), expired mailed tokens, delivered or given-up mail and
 * signing keys past their verification window, on every instance, every {@code interval} (the bound
 * {@code app.housekeeping.purge-interval}), first one interval after start-up. No leader election:
 * the purges are idempotent deletes that skip rows another instance holds, so instances running
 * them at the same time only find less to delete.
 */
class HousekeepingSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);

    /**
     * One purge: what it deletes, as the log names it ("ended sessions"), and the run that answers
     * how many it deleted.
     */
    record Purge(String deletes, IntSupplier run) {}

    private final Duration interval;
    private final List<Purge> purges;

    HousekeepingSchedule(Duration interval, List<Purge> purges) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("app.housekeeping.purge-interval must be positive, is " + interval);
        }
        this.interval = interval;
        this.purges = List.copyOf(purges);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::purge, interval, interval));
    }

    void purge() {
        try {
            List<String> deleted = new ArrayList<>();
            for (Purge purge : purges) {
                int count = purge.run().getAsInt();
                if (count > 0) {
                    deleted.add(count + " " + purge.deletes());
                }
            }
            if (!deleted.isEmpty()) {
                log.info("Purged {}", String.join(", ", deleted));
            }
        } catch (RuntimeException failure) {
            // The next run tries again; a scheduler thread must not die of a database blip.
            log.warn("Housekeeping failed; will retry at the next interval", failure);
        }
    }
}
