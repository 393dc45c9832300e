package it.mutua.admin.tenant;

import java.util.stream.IntStream;

/**
 * Maps a Vaadin data query (offset, limit) onto the API's pages (page, size): the pages to fetch
 * and how many leading items of the first page to skip. Usually one page (the grid asks aligned
 * windows); an unaligned window takes two.
 */
record PageWindow(int size, int firstPage, int lastPage, int skip, int limit) {

    static PageWindow covering(int offset, int limit, int maxPageSize) {
        if (offset < 0 || limit < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("offset=" + offset + " limit=" + limit + " max=" + maxPageSize);
        }
        int size = Math.min(limit, maxPageSize);
        int first = offset / size;
        int last = (offset + limit - 1) / size;
        return new PageWindow(size, first, last, offset - first * size, limit);
    }

    IntStream pages() {
        return IntStream.rangeClosed(firstPage, lastPage);
    }
}
