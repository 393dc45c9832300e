package it.mutua.admin.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.time.format.DateTimeFormatter;

/**
 * "Soci": the cooperative's worker-members in a lazy grid, searched by name or codice fiscale and sorted on the
 * server; a click opens the member's form with the family; "Nuovo socio" registers one.
 */
@Route(value = "soci", layout = MainLayout.class)
@RolesAllowed({Roles.COOP_ADMIN, Roles.REGIONAL_ADMIN})
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MembersApi api;
    private final TextField search = new TextField();
    private final Grid<MembersApi.Member> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<MembersApi.Member, Void, String> members;

    @Inject
    public MembersView(MembersApi api) {
        this.api = api;
        this.members = new MemberPages(api, this::caller, e -> Feedback.failure(this, e)).dataProvider();
        configureSearch();
        configureGrid();
        add(new H2(getTranslation("members.title")), toolbar(), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }

    private HorizontalLayout toolbar() {
        Button create = new Button(getTranslation("members.new"), VaadinIcon.PLUS.create(),
                click -> new MemberDialog(api, null, this::caller, members::refreshAll).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("member-new");
        HorizontalLayout bar = new HorizontalLayout(search, create);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureSearch() {
        search.setPlaceholder(getTranslation("members.search"));
        search.setAriaLabel(getTranslation("members.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("member-search");
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(change -> members.setFilter(change.getValue()));
    }

    private void configureGrid() {
        Grid.Column<MembersApi.Member> family = grid.addColumn(MembersApi.Member::familyName)
                .setHeader(getTranslation("members.family_name")).setSortProperty("familyName").setSortable(true);
        grid.addColumn(MembersApi.Member::givenName).setHeader(getTranslation("members.given_name"))
                .setSortProperty("givenName").setSortable(true);
        grid.addColumn(MembersApi.Member::fiscalCode).setHeader(getTranslation("members.fiscal_code"))
                .setSortProperty("fiscalCode").setSortable(true).setFlexGrow(2);
        grid.addColumn(m -> m.birthDate() == null ? "" : DAY.format(m.birthDate()))
                .setHeader(getTranslation("members.birth_date")).setSortProperty("birthDate").setSortable(true);
        grid.addColumn(m -> m.hireDate() == null ? "" : DAY.format(m.hireDate()))
                .setHeader(getTranslation("members.hire_date"));
        grid.addColumn(m -> getTranslation(m.endDate() == null ? "members.active" : "members.left",
                m.endDate() == null ? "" : DAY.format(m.endDate()))).setHeader(getTranslation("members.status"));
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.setDataProvider(members);
        grid.sort(GridSortOrder.asc(family).build());
        grid.setEmptyStateText(getTranslation("members.none"));
        grid.setId("members-grid");
        grid.setSizeFull();
        grid.addItemClickListener(click -> open(click.getItem().fiscalCode()));
    }

    private void open(String fiscalCode) {
        try {
            new MemberDialog(api, api.get(fiscalCode, caller()), this::caller, members::refreshAll).open();
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
