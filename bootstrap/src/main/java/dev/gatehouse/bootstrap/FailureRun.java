package dev.gatehouse.bootstrap;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * How a background worker logs a run of failed passes (the database is down, most likely): the
 * first in one warning line without a stack trace, the rest only at debug level, and the first
 * pass that works again at info. An outage then costs the log two lines, not one a pass.
 */
final class FailureRun {
    private final Logger log;
    private final String task;
    private final String worksAgain;
    private boolean failing;

    /**
     * @param task what failed, as the warning begins: "Mail outbox delivery failed"
     * @param worksAgain the line that ends the run: "Mail outbox delivery works again"
     */
    FailureRun(Logger log, String task, String worksAgain) {
        this.log = log;
        this.task = task;
        this.worksAgain = worksAgain;
    }

    void failed(RuntimeException failure, Duration retryEvery) {
        if (failing) {
            log.debug("The failures go on", failure);
        } else {
            failing = true;
            log.warn("{} ({}); trying again every {} without logging each failure", task, summary(failure), retryEvery);
        }
    }

    void succeeded() {
        if (failing) {
            failing = false;
            log.info(worksAgain);
        }
    }

    /** The exception and its innermost cause, in one line: what an operator needs, no stack trace. */
    static String summary(Throwable failure) {
        Throwable root = failure;
        // Bounded: a cause chain may loop.
        for (int depth = 0; depth < 20 && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        String summary = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root.equals(failure)
                ? summary
                : summary + "; caused by " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
