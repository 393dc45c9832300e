package it.mutua.admin.tenant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.ApiMessages;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.Tenant;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.Authenticator;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.LoginView;
import it.mutua.admin.security.Roles;

/**
 * "Enti": a tenant's card, its actions (new tenant below, new administrator, suspend / reactivate, its plan) and the
 * lazy grid of the tenants below it, searchable by name, code or partita IVA. At {@code enti} it shows the user's own
 * tenant, at {@code enti/{code}} the chosen one (the API decides what may be seen).
 */
@Route(value = "enti", layout = MainLayout.class)
@RouteAlias(value = "enti/:code", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN, Roles.FEDERATION_ADMIN, Roles.COOP_ADMIN, Roles.AUDITOR})
public class TenantsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final MutuaApi api;
    private final Authenticator authenticator;
    private final TenantCard card = new TenantCard();
    private final Button up = new Button(VaadinIcon.LEVEL_UP.create());
    private final TenantActions actions;
    private final H2 childrenTitle = new H2();
    private final TextField search = new TextField();
    private final Grid<Tenant> grid = new Grid<>();
    private final Grid.Column<Tenant> nameColumn = grid.addColumn(Tenant::name).setKey("name");
    private final Grid.Column<Tenant> codeColumn = grid.addColumn(Tenant::code).setKey("code");
    private final Grid.Column<Tenant> kindColumn = grid.addColumn(t -> TenantLabels.kind(this, t.kind()));
    private final Grid.Column<Tenant> regionColumn = grid.addColumn(t -> Regions.label(t.region()));
    private final Grid.Column<Tenant> vatColumn = grid.addColumn(Tenant::vatNumber);
    private final Grid.Column<Tenant> statusColumn = grid.addColumn(t -> TenantLabels.status(this, t.status()));
    private Tenant tenant;
    private ConfigurableFilterDataProvider<Tenant, Void, String> children;

    @Inject
    public TenantsView(MutuaApi api, Authenticator authenticator) {
        this.api = api;
        this.authenticator = authenticator;
        this.actions = new TenantActions(api, this::caller, this::open, () -> load(tenant.code()));
        configureUpButton();
        configureSearch();
        configureGrid();
        HorizontalLayout bar = new HorizontalLayout(up, actions);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(card, bar, childrenTitle, search, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE)
                .orElseGet(() -> CurrentUser.require().profile().tenant().code());
        load(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.page_title") + (tenant == null ? "" : " – " + tenant.name());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        up.setText(getTranslation("tenants.up"));
        childrenTitle.setText(getTranslation("tenants.children"));
        search.setPlaceholder(getTranslation("tenants.search"));
        search.setAriaLabel(getTranslation("tenants.search"));
        nameColumn.setHeader(getTranslation("tenant.name"));
        codeColumn.setHeader(getTranslation("tenant.code"));
        kindColumn.setHeader(getTranslation("tenant.kind"));
        regionColumn.setHeader(getTranslation("tenant.region"));
        vatColumn.setHeader(getTranslation("tenant.vat_number"));
        statusColumn.setHeader(getTranslation("tenant.status"));
        grid.setEmptyStateText(getTranslation("tenants.none"));
        grid.getDataProvider().refreshAll();
    }

    private void configureUpButton() {
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        up.setVisible(false);
        up.addClickListener(click -> ParentLink.target(tenant, CurrentUser.require().profile().tenant()).ifPresent(this::open));
    }

    private void configureSearch() {
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("tenant-search");
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(change -> children.setFilter(change.getValue()));
    }

    private void configureGrid() {
        nameColumn.setSortProperty("name").setSortable(true).setFlexGrow(3);
        codeColumn.setSortProperty("code").setSortable(true);
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.setSizeFull();
        grid.addItemClickListener(click -> open(click.getItem().code()));
    }

    private void load(String code) {
        try {
            tenant = api.tenant(code, caller());
        } catch (ApiException e) {
            showFailure(e);
            return;
        }
        card.show(tenant);
        up.setVisible(ParentLink.target(tenant, CurrentUser.require().profile().tenant()).isPresent());
        actions.show(tenant);
        boolean hasChildren = !"COOPERATIVE".equals(tenant.kind());
        childrenTitle.setVisible(hasChildren);
        search.setVisible(hasChildren);
        grid.setVisible(hasChildren);
        search.clear();
        children = new TenantChildren(api, tenant.code(), this::caller, this::showFailure).dataProvider();
        grid.setDataProvider(children);
        grid.sort(GridSortOrder.asc(nameColumn).build());
    }

    private void open(String code) {
        getUI().ifPresent(ui -> ui.navigate("enti/" + code));
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }

    private void showFailure(ApiException e) {
        if (e.isUnauthorized()) {
            authenticator.logout();
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            return;
        }
        Notification.show(ApiMessages.describe(e, this::getTranslation), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
