package it.mutua.admin.network;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.NetworkApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.tenant.Regions;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.PageWindows;

import java.util.List;
import java.util.stream.Stream;

/**
 * "Rete sanitaria": the facilities of the user's network (the API decides: national sees the national network,
 * a regional mutual also its own additions), filtered by region, province, municipality, type, service, cooperative
 * providers and text, loaded page by page and sorted by name on the server. The network's owners (national and
 * regional administrators) add facilities and change their own; everyone else reads.
 */
@Route(value = "rete", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN, Roles.FEDERATION_ADMIN, Roles.CLAIMS_OFFICER, Roles.AUDITOR})
public class FacilitiesView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> TYPES = List.of("HOSPITAL", "CLINIC", "DIAGNOSTIC_CENTRE", "DENTAL", "PHYSIOTHERAPY",
            "HOME_CARE", "RESIDENTIAL_CARE", "SEMI_RESIDENTIAL", "LABORATORY");
    static final int MAX_PAGE_SIZE = 100;

    private final NetworkApi api;
    private final AuthenticatedUser user = CurrentUser.require();
    private final boolean owner = user.hasRole(Roles.NATIONAL_ADMIN) || user.hasRole(Roles.REGIONAL_ADMIN);
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField province = new TextField();
    private final TextField municipality = new TextField();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField service = new TextField();
    private final Checkbox cooperative = new Checkbox();
    private final TextField text = new TextField();
    private final Grid<NetworkApi.Hit> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<NetworkApi.Hit, Void, NetworkApi.Search> hits;

    @Inject
    public FacilitiesView(NetworkApi api) {
        this.api = api;
        this.hits = DataProvider.<NetworkApi.Hit, NetworkApi.Search>fromFilteringCallbacks(this::fetch, this::count)
                .withConfigurableFilter();
        add(new H2(getTranslation("network.title")), filters(), grid);
        configureGrid();
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.title");
    }

    private Component filters() {
        region.setItems(Regions.CODES);
        region.setItemLabelGenerator(Regions::label);
        region.setLabel(getTranslation("network.region"));
        region.setClearButtonVisible(true);
        region.setId("network-region");
        province.setLabel(getTranslation("network.province"));
        province.setPlaceholder("017");
        province.setId("network-province");
        municipality.setLabel(getTranslation("network.municipality"));
        municipality.setPlaceholder("017029");
        municipality.setId("network-municipality");
        type.setItems(TYPES);
        type.setItemLabelGenerator(t -> getTranslation("facility_type." + t));
        type.setLabel(getTranslation("facility.type"));
        type.setClearButtonVisible(true);
        type.setId("network-type");
        service.setLabel(getTranslation("network.service"));
        service.setId("network-service");
        cooperative.setLabel(getTranslation("network.cooperative"));
        cooperative.setId("network-cooperative");
        text.setLabel(getTranslation("network.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setId("network-text");
        Button search = new Button(getTranslation("claims.search"), click -> applyFilter());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("network-search");
        HorizontalLayout bar = new HorizontalLayout(text, region, province, municipality, type, service, cooperative, search);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(bar);
        if (owner) {
            Button create = new Button(getTranslation("facility.new"), VaadinIcon.PLUS.create(),
                    click -> new FacilityDialog(api, this::caller, null, true, hits::refreshAll).open());
            create.setId("facility-new");
            bar.add(create);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        Grid.Column<NetworkApi.Hit> name = grid.addColumn(NetworkApi.Hit::name).setHeader(getTranslation("facility.name"))
                .setSortable(true).setSortProperty("name").setFlexGrow(4);
        grid.addColumn(NetworkApi.Hit::typeLabel).setHeader(getTranslation("facility.type")).setFlexGrow(3);
        grid.addColumn(h -> h.place() == null ? "" : h.place().municipalityName() + " (" + h.place().provinceAbbreviation() + ")")
                .setHeader(getTranslation("network.place")).setFlexGrow(3);
        grid.addColumn(NetworkApi.Hit::address).setHeader(getTranslation("facility.address")).setFlexGrow(3);
        grid.addColumn(h -> h.cooperativeProvider() ? getTranslation("network.yes") : "").setHeader(getTranslation("network.coop_col")).setFlexGrow(1);
        grid.addColumn(h -> getTranslation("facility_status." + h.status())).setHeader(getTranslation("network.status")).setFlexGrow(1);
        grid.addColumn(h -> h.regionalAddition() ? getTranslation("network.regional", h.owner()) : getTranslation("network.national"))
                .setHeader(getTranslation("network.owner")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setId("network-grid");
        grid.setEmptyStateText(getTranslation("network.none"));
        grid.setItems(hits);
        grid.sort(GridSortOrder.asc(name).build());
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private void open(NetworkApi.Hit hit) {
        try {
            NetworkApi.Facility facility = api.facility(hit.id(), caller());
            boolean own = owner && facility.owner() != null && facility.owner().code().equals(user.profile().tenant().code());
            new FacilityDialog(api, this::caller, facility, own, hits::refreshAll).open();
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private Stream<NetworkApi.Hit> fetch(Query<NetworkApi.Hit, NetworkApi.Search> query) {
        boolean descending = query.getSortOrders().stream().findFirst()
                .map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
        NetworkApi.Search search = query.getFilter().orElse(NetworkApi.Search.none());
        try {
            return PageWindows.fetch(query.getOffset(), query.getLimit(), MAX_PAGE_SIZE,
                    (page, size) -> api.search(search, "name", descending, page, size, caller()).items()).stream();
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return Stream.empty();
        }
    }

    private int count(Query<NetworkApi.Hit, NetworkApi.Search> query) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, api.search(query.getFilter().orElse(NetworkApi.Search.none()), "name",
                    false, 0, 1, caller()).total());
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return 0;
        }
    }

    private void applyFilter() {
        hits.setFilter(new NetworkApi.Search(region.getValue(), blank(province.getValue()), blank(municipality.getValue()),
                type.getValue(), blank(service.getValue()), cooperative.getValue() ? Boolean.TRUE : null,
                blank(text.getValue()), null));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
