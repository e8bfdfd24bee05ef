package dev.gatehouse.domain.common;

import java.util.function.Function;

/**
 * One field of a partial update: either left as it is, or set to a value (which may be null where
 * the field is optional). Distinguishes "not sent" from "sent as null".
 */
public record Update<T>(boolean present, T value) {
    private static final Update<?> KEEP = new Update<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Update<T> keep() {
        return (Update<T>) KEEP;
    }

    public static <T> Update<T> to(T value) {
        return new Update<>(true, value);
    }

    public T orElse(T current) {
        return present ? value : current;
    }

    public <R> Update<R> map(Function<? super T, ? extends R> mapper) {
        return present ? Update.to(value == null ? null : mapper.apply(value)) : keep();
    }
}
