package dev.gatehouse.adapter.in.rest.common;

/** Looks through an exception's chain of causes, where frameworks wrap what we need to recognise. */
public final class CauseChain {
    private CauseChain() {}

    /** The first exception of {@code type} in {@code failure}'s chain of causes (itself included), or null. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
