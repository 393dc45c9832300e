package it.mutua.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageWindowsTest {

    private final List<String> asked = new ArrayList<>();

    private List<Integer> page(int page, int size, int total) {
        asked.add(page + "/" + size);
        return IntStream.range(page * size, Math.min(total, (page + 1) * size)).boxed().toList();
    }

    @Test
    void anAlignedWindowIsOnePage() {
        assertEquals(IntStream.range(50, 100).boxed().toList(), PageWindows.fetch(50, 50, 200, (p, s) -> page(p, s, 1000)));
        assertEquals(List.of("1/50"), asked);
    }

    @Test
    void anUnalignedWindowTakesTwoPagesCutToSize() {
        assertEquals(IntStream.range(30, 80).boxed().toList(), PageWindows.fetch(30, 50, 200, (p, s) -> page(p, s, 1000)));
        assertEquals(List.of("0/50", "1/50"), asked);
    }

    @Test
    void aWindowLargerThanTheApisPageIsSplitAndStopsAtTheEnd() {
        assertEquals(IntStream.range(0, 250).boxed().toList(), PageWindows.fetch(0, 500, 200, (p, s) -> page(p, s, 250)));
        assertEquals(List.of("0/200", "1/200"), asked);
        assertThrows(IllegalArgumentException.class, () -> PageWindows.fetch(-1, 10, 10, (p, s) -> List.of()));
    }
}
