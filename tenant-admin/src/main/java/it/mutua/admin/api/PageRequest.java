package it.mutua.admin.api;

import java.util.Objects;

/**
 * Paging, sorting and free-text search of a list endpoint.
 *
 * <p>Sort encoding (to confirm with the API): {@code sort=name} ascending, {@code sort=-name}
 * descending. It lives only in {@link Sort#toQueryValue()}.
 */
public record PageRequest(int page, int size, Sort sort, String query) {

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page < 0");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size < 1");
        }
        query = query == null || query.isBlank() ? null : query.strip();
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null, null);
    }

    public PageRequest sortedBy(Sort newSort) {
        return new PageRequest(page, size, newSort, query);
    }

    public PageRequest matching(String text) {
        return new PageRequest(page, size, sort, text);
    }

    /** A sort on one property. */
    public record Sort(String property, boolean descending) {

        public Sort {
            Objects.requireNonNull(property, "property");
        }

        public static Sort asc(String property) {
            return new Sort(property, false);
        }

        public static Sort desc(String property) {
            return new Sort(property, true);
        }

        public String toQueryValue() {
            return descending ? "-" + property : property;
        }
    }
}
