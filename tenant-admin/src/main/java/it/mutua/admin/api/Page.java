package it.mutua.admin.api;

import java.util.List;

/** One page of a paged list endpoint: {@code {"items":[...],"page":0,"size":50,"total":123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
