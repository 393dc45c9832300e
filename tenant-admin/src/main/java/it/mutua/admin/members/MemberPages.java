package it.mutua.admin.members;

import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Lazy data provider over {@code GET /api/members}: paging, sorting and the search text (the filter) happen on the
 * server. The grid asks aligned windows (offset a multiple of the limit); an unaligned one is read page by page.
 */
final class MemberPages {

    static final Set<String> SORTABLE = Set.of("familyName", "givenName", "fiscalCode", "birthDate", "createdAt");
    static final int MAX_PAGE = 100;

    private final MembersApi api;
    private final Supplier<Caller> caller;
    private final Consumer<ApiException> onFailure;

    MemberPages(MembersApi api, Supplier<Caller> caller, Consumer<ApiException> onFailure) {
        this.api = api;
        this.caller = caller;
        this.onFailure = onFailure;
    }

    ConfigurableFilterDataProvider<MembersApi.Member, Void, String> dataProvider() {
        return DataProvider.<MembersApi.Member, String>fromFilteringCallbacks(this::fetch, this::count)
                .withConfigurableFilter();
    }

    /** The API's sort parameters for the grid's first sort order: property and descending. */
    static Sort sortOf(List<QuerySortOrder> orders) {
        return orders.stream().filter(o -> SORTABLE.contains(o.getSorted())).findFirst()
                .map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
                .orElse(new Sort("familyName", false));
    }

    record Sort(String property, boolean descending) {
    }

    private Stream<MembersApi.Member> fetch(Query<MembersApi.Member, String> query) {
        Sort sort = sortOf(query.getSortOrders());
        int size = Math.min(query.getLimit(), MAX_PAGE);
        int first = query.getOffset() / size;
        int last = (query.getOffset() + query.getLimit() - 1) / size;
        int skip = query.getOffset() - first * size;
        try {
            List<MembersApi.Member> items = new java.util.ArrayList<>();
            for (int page = first; page <= last; page++) {
                items.addAll(api.search(query.getFilter().orElse(null), sort.property(), sort.descending(), page, size,
                        caller.get()).items());
            }
            return items.stream().skip(skip).limit(query.getLimit());
        } catch (ApiException e) {
            onFailure.accept(e);
            return Stream.empty();
        }
    }

    private int count(Query<MembersApi.Member, String> query) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, api.search(query.getFilter().orElse(null), "familyName", false, 0, 1,
                    caller.get()).total());
        } catch (ApiException e) {
            onFailure.accept(e);
            return 0;
        }
    }
}
