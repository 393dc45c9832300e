package it.mutua.admin.tenant;

import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.Page;
import it.mutua.admin.api.PageRequest;
import it.mutua.admin.api.Tenant;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Lazy data provider over {@code GET /api/tenants/{code}/children}: paging, sorting (name, code)
 * and the search text (the provider's filter) all happen on the server. A failed call shows
 * nothing and is reported to {@code onFailure} instead of breaking the grid.
 */
final class TenantChildren {

    static final int MAX_PAGE_SIZE = 100;
    static final Set<String> SORTABLE = Set.of("name", "code");

    private final MutuaApi api;
    private final String parentCode;
    private final Supplier<Caller> caller;
    private final Consumer<ApiException> onFailure;

    TenantChildren(MutuaApi api, String parentCode, Supplier<Caller> caller, Consumer<ApiException> onFailure) {
        this.api = api;
        this.parentCode = parentCode;
        this.caller = caller;
        this.onFailure = onFailure;
    }

    ConfigurableFilterDataProvider<Tenant, Void, String> dataProvider() {
        return DataProvider.<Tenant, String>fromFilteringCallbacks(this::fetch, this::count).withConfigurableFilter();
    }

    private Stream<Tenant> fetch(Query<Tenant, String> query) {
        PageWindow window = PageWindow.covering(query.getOffset(), query.getLimit(), MAX_PAGE_SIZE);
        PageRequest base = request(query, window.size());
        try {
            List<Tenant> items = window.pages()
                    .mapToObj(page -> api.children(parentCode, new PageRequest(page, window.size(), base.sort(), base.query()), caller.get()))
                    .flatMap(page -> page.items().stream())
                    .toList();
            return items.stream().skip(window.skip()).limit(window.limit());
        } catch (ApiException e) {
            onFailure.accept(e);
            return Stream.empty();
        }
    }

    private int count(Query<Tenant, String> query) {
        try {
            Page<Tenant> first = api.children(parentCode, request(query, 1), caller.get());
            return (int) Math.min(first.total(), Integer.MAX_VALUE);
        } catch (ApiException e) {
            onFailure.accept(e);
            return 0;
        }
    }

    private static PageRequest request(Query<Tenant, String> query, int size) {
        return PageRequest.of(0, size)
                .sortedBy(sort(query.getSortOrders()))
                .matching(query.getFilter().orElse(null));
    }

    static PageRequest.Sort sort(List<QuerySortOrder> orders) {
        return orders.stream()
                .filter(order -> SORTABLE.contains(order.getSorted()))
                .findFirst()
                .map(order -> new PageRequest.Sort(order.getSorted(), order.getDirection() == SortDirection.DESCENDING))
                .orElse(PageRequest.Sort.asc("name"));
    }
}
