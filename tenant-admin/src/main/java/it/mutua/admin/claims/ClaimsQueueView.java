package it.mutua.admin.claims;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.Caller;
import it.mutua.admin.api.ClaimData;
import it.mutua.admin.api.ClaimsApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Rimborsi": the claims office's queue. Filters (status, benefit area, cooperative, codice fiscale, submission
 * dates) are applied by the API; the grid loads page by page, newest first. A row opens the claim.
 */
@Route(value = "rimborsi", layout = MainLayout.class)
@RolesAllowed(Roles.CLAIMS_OFFICER)
public class ClaimsQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ClaimTexts texts;
    private final Select<String> status = new Select<>();
    private final ComboBox<String> benefit = new ComboBox<>();
    private final TextField tenant = new TextField();
    private final TextField fiscalCode = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<ClaimData.Claim> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<ClaimData.Claim, Void, ClaimsApi.QueueFilter> queue;

    @Inject
    public ClaimsQueueView(ClaimsApi api) {
        this.texts = new ClaimTexts(this::getTranslation, getLocale());
        this.queue = new ClaimQueue(api, this::caller, e -> Feedback.failure(this, e)).dataProvider();
        add(new H2(getTranslation("claims.title")), filters(), grid);
        configureGrid();
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.title");
    }

    private Component filters() {
        List<String> statuses = new ArrayList<>(List.of(""));
        statuses.addAll(ClaimTexts.STATUSES);
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("claims.all") : texts.status(s));
        status.setValue("IN_REVIEW");
        status.setLabel(getTranslation("claims.status"));
        status.setId("claims-status");
        benefit.setItems(ClaimTexts.AREAS);
        benefit.setItemLabelGenerator(texts::benefit);
        benefit.setLabel(getTranslation("claims.benefit"));
        benefit.setClearButtonVisible(true);
        benefit.setId("claims-benefit");
        tenant.setLabel(getTranslation("claims.tenant"));
        tenant.setPlaceholder("coop-arcobaleno");
        tenant.setClearButtonVisible(true);
        tenant.setId("claims-tenant");
        fiscalCode.setLabel(getTranslation("claims.fiscal_code"));
        fiscalCode.setClearButtonVisible(true);
        fiscalCode.setId("claims-fiscal-code");
        from.setLabel(getTranslation("claims.from"));
        from.setId("claims-from");
        to.setLabel(getTranslation("claims.to"));
        to.setId("claims-to");
        Button search = new Button(getTranslation("claims.search"), click -> applyFilter());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("claims-search");
        HorizontalLayout bar = new HorizontalLayout(status, benefit, tenant, fiscalCode, from, to, search);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(bar);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addColumn(c -> c.id()).setHeader(getTranslation("claims.col.number")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(c -> Formats.moment(c.submittedAt())).setHeader(getTranslation("claims.col.submitted")).setFlexGrow(2);
        grid.addColumn(ClaimData.Claim::fiscalCode).setHeader(getTranslation("claims.col.member")).setFlexGrow(3);
        grid.addColumn(texts::benefits).setHeader(getTranslation("claims.col.benefits")).setFlexGrow(3);
        grid.addColumn(c -> Formats.euros(c.requested(), locale)).setHeader(getTranslation("claims.col.requested"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(c -> Formats.euros(c.reimbursable(), locale)).setHeader(getTranslation("claims.col.reimbursable"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setFlexGrow(2);
        grid.addComponentColumn(this::statusChip).setHeader(getTranslation("claims.col.status")).setFlexGrow(2);
        grid.addColumn(c -> texts.sampled(c.sampledBecause()))
                .setHeader(getTranslation("claims.col.sampled")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setId("claims-grid");
        grid.setEmptyStateText(getTranslation("claims.none"));
        grid.setItems(queue);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("rimborsi/" + click.getItem().id())));
        applyFilter();
    }

    Span statusChip(ClaimData.Claim claim) {
        Span chip = new Span(texts.status(claim.status()));
        chip.addClassNames("chip", "claim-status", "claim-status-" + claim.status().toLowerCase(Locale.ROOT));
        return chip;
    }

    private void applyFilter() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("claims.to_before_from"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        String chosen = status.getValue();
        queue.setFilter(new ClaimsApi.QueueFilter(chosen == null || chosen.isEmpty() ? null : chosen, benefit.getValue(),
                blankToNull(tenant.getValue()), blankToNull(fiscalCode.getValue()), from.getValue(), to.getValue()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
