package dev.gatehouse.adapter.in.rest.common;

import dev.gatehouse.domain.common.ResultPage;
import java.util.List;
import java.util.function.Function;

/** The contract's Page&lt;T&gt;: one 0-based page of a listing and how many there are in all. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageResponse<T> of(ResultPage<S> result, Function<? super S, ? extends T> mapper) {
        List<T> items = result.items().stream().<T>map(mapper).toList();
        return new PageResponse<>(items, result.page(), result.size(), result.totalItems(), result.totalPages());
    }
}
