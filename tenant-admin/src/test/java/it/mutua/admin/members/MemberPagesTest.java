package it.mutua.admin.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

class MemberPagesTest {

    @Test
    void theGridsSortBecomesTheApisSortParameters() {
        assertEquals(new MemberPages.Sort("birthDate", true),
                MemberPages.sortOf(List.of(new QuerySortOrder("birthDate", SortDirection.DESCENDING))));
    }

    @Test
    void withoutASortOrWithAnUnknownPropertyMembersAreSortedByFamilyName() {
        assertEquals(new MemberPages.Sort("familyName", false), MemberPages.sortOf(List.of()));
        assertEquals(new MemberPages.Sort("familyName", false),
                MemberPages.sortOf(List.of(new QuerySortOrder("iban", SortDirection.ASCENDING))));
    }
}
