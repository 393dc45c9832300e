package it.mutua.admin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Maps a lazy grid's window (offset, limit) onto an API's numbered pages (page, size): usually one page, since the
 * grid asks aligned windows; an unaligned window takes two pages and is cut to size.
 */
public final class PageWindows {

    private PageWindows() {
    }

    /** @param fetchPage (page, size) → that page's items */
    public static <T> List<T> fetch(int offset, int limit, int maxPageSize, BiFunction<Integer, Integer, List<T>> fetchPage) {
        if (offset < 0 || limit < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("offset=" + offset + " limit=" + limit + " max=" + maxPageSize);
        }
        int size = Math.min(limit, maxPageSize);
        int first = offset / size;
        int last = (offset + limit - 1) / size;
        List<T> all = new ArrayList<>();
        for (int page = first; page <= last; page++) {
            List<T> items = fetchPage.apply(page, size);
            all.addAll(items);
            if (items.size() < size) {
                break;
            }
        }
        int skip = offset - first * size;
        return all.stream().skip(skip).limit(limit).toList();
    }
}
