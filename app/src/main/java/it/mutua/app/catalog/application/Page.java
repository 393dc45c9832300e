package it.mutua.app.catalog.application;

import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so a UI can show "1–50 of 4,394". */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
