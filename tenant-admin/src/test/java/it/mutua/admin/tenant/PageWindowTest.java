package it.mutua.admin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import it.mutua.admin.api.PageRequest;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageWindowTest {

    @Test
    void anAlignedWindowIsOnePage() {
        PageWindow window = PageWindow.covering(100, 50, 100);
        assertEquals(new PageWindow(50, 2, 2, 0, 50), window);
        assertEquals(List.of(2), window.pages().boxed().toList());
    }

    @Test
    void anUnalignedWindowTakesTwoPagesAndSkips() {
        PageWindow window = PageWindow.covering(30, 50, 100);
        assertEquals(new PageWindow(50, 0, 1, 30, 50), window);
    }

    @Test
    void aWindowLargerThanTheApiMaximumIsSplit() {
        PageWindow window = PageWindow.covering(0, 250, 100);
        assertEquals(List.of(0, 1, 2), window.pages().boxed().toList());
        assertEquals(0, window.skip());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> PageWindow.covering(-1, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> PageWindow.covering(0, 0, 100));
    }

    @Test
    void gridSortBecomesApiSortAndDefaultsToName() {
        assertEquals(PageRequest.Sort.desc("code"),
                TenantChildren.sort(List.of(new QuerySortOrder("code", SortDirection.DESCENDING))));
        assertEquals(PageRequest.Sort.asc("name"), TenantChildren.sort(List.of()));
        assertEquals(PageRequest.Sort.asc("name"),
                TenantChildren.sort(List.of(new QuerySortOrder("region", SortDirection.DESCENDING))));
    }
}
