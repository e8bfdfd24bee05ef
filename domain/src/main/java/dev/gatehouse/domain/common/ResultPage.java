package dev.gatehouse.domain.common;

import java.util.List;
import java.util.function.Function;

/** One page of a larger, ordered result. {@code page} is 0-based. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {
    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
