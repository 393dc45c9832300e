package it.mutua.admin.claims;

import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.ClaimData;
import it.mutua.admin.api.ClaimsApi;
import it.mutua.admin.ui.PageWindows;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Lazy data provider over {@code GET /api/claims}: the filters (the provider's filter) and paging happen on the
 * server, newest claim first (the API's order). A failed call shows nothing and is reported to {@code onFailure}.
 */
final class ClaimQueue {

    static final int MAX_PAGE_SIZE = 200;

    private final ClaimsApi api;
    private final Supplier<Caller> caller;
    private final Consumer<ApiException> onFailure;

    ClaimQueue(ClaimsApi api, Supplier<Caller> caller, Consumer<ApiException> onFailure) {
        this.api = api;
        this.caller = caller;
        this.onFailure = onFailure;
    }

    ConfigurableFilterDataProvider<ClaimData.Claim, Void, ClaimsApi.QueueFilter> dataProvider() {
        return DataProvider.<ClaimData.Claim, ClaimsApi.QueueFilter>fromFilteringCallbacks(this::fetch, this::count)
                .withConfigurableFilter();
    }

    private Stream<ClaimData.Claim> fetch(Query<ClaimData.Claim, ClaimsApi.QueueFilter> query) {
        ClaimsApi.QueueFilter filter = query.getFilter().orElse(ClaimsApi.QueueFilter.none());
        try {
            List<ClaimData.Claim> items = PageWindows.fetch(query.getOffset(), query.getLimit(), MAX_PAGE_SIZE,
                    (page, size) -> api.queue(filter, page, size, caller.get()).items());
            return items.stream();
        } catch (ApiException e) {
            onFailure.accept(e);
            return Stream.empty();
        }
    }

    private int count(Query<ClaimData.Claim, ClaimsApi.QueueFilter> query) {
        try {
            long total = api.queue(query.getFilter().orElse(ClaimsApi.QueueFilter.none()), 0, 1, caller.get()).total();
            return (int) Math.min(total, Integer.MAX_VALUE);
        } catch (ApiException e) {
            onFailure.accept(e);
            return 0;
        }
    }
}
