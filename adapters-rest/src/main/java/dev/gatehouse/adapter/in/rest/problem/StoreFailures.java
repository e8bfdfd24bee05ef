package dev.gatehouse.adapter.in.rest.problem;

import dev.gatehouse.adapter.in.rest.common.CauseChain;
import dev.gatehouse.domain.common.StoreUnavailableException;

/** How an unreachable store is named in our log: never in a response. */
public final class StoreFailures {
    private static final int MAX_MESSAGE = 200;

    private StoreFailures() {}

    /**
     * The root cause's class and message ("ConnectException: Connection refused"), short: the
     * outer causes may quote the statement that failed, which the log does not need.
     */
    public static String describe(StoreUnavailableException failure) {
        Throwable root = CauseChain.root(failure);
        String message = root.getMessage() == null ? "" : root.getMessage();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return root.getClass().getSimpleName() + ": " + message;
    }
}
