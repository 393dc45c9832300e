package it.mutua.app.catalog.api;

import java.util.List;

/** A page of results: {@code {"items":[…],"page":0,"size":50,"total":123}}. */
public record PageDto<T>(List<T> items, int page, int size, long total) {
}
