package dev.gatehouse.adapter.in.rest.common;

/** Looks through an exception's chain of causes, where frameworks wrap what we need to recognise. */
public final class CauseChain {
    /**
     * How far down the chain is looked. {@link Throwable#getCause()} never returns the exception
     * itself, but a longer cycle (A caused by B caused by A) is possible: the bound ends the walk.
     */
    private static final int MAX_DEPTH = 64;

    private CauseChain() {}

    /** The first exception of {@code type} in {@code failure}'s chain of causes (itself included), or null. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost cause of {@code failure} (itself when it has none). */
    public static Throwable root(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
