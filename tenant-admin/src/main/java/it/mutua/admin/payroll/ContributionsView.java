package it.mutua.admin.payroll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.PayrollApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** "Contributi": the cooperative's contribution statements (total, paid, outstanding, due date) and a new one. */
@Route(value = "contributi", layout = MainLayout.class)
@RolesAllowed(Roles.COOP_ADMIN)
public class ContributionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PayrollApi api;
    private final TextField period = new TextField();
    private final Grid<PayrollApi.Statement> grid = new Grid<>();

    @Inject
    public ContributionsView(PayrollApi api) {
        this.api = api;
        configureGrid();
        add(new H2(getTranslation("contributions.title")), generator(), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contributions.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private HorizontalLayout generator() {
        period.setLabel(getTranslation("contributions.period"));
        period.setHelperText(getTranslation("contributions.period_help"));
        period.setValue(Integer.toString(LocalDate.now().getYear()));
        period.setId("contribution-period");
        Button generate = new Button(getTranslation("contributions.generate"), click -> generate());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("contribution-generate");
        HorizontalLayout bar = new HorizontalLayout(period, generate);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setId("statements-grid");
        grid.addColumn(PayrollApi.Statement::period).setHeader(getTranslation("contributions.period"));
        grid.addColumn(s -> s.dueDate() == null ? "" : DAY.format(s.dueDate())).setHeader(getTranslation("contributions.due"));
        grid.addColumn(PayrollApi.Statement::lineCount).setHeader(getTranslation("contributions.insured"));
        grid.addColumn(s -> euros(s.total())).setHeader(getTranslation("contributions.total"));
        grid.addColumn(s -> euros(s.paid())).setHeader(getTranslation("contributions.paid"));
        grid.addColumn(s -> euros(s.outstanding())).setHeader(getTranslation("contributions.outstanding"));
        grid.addColumn(s -> getTranslation("contributions.status." + s.status())).setHeader(getTranslation("contributions.status"));
        grid.setEmptyStateText(getTranslation("contributions.none"));
        grid.setSizeFull();
    }

    private String euros(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(java.util.Locale.ITALY).format(amount);
    }

    private void generate() {
        try {
            PayrollApi.Statement s = api.generate(period.getValue().strip(), caller());
            Feedback.success(getTranslation("contributions.generated", s.period()));
            load();
        } catch (ApiException e) {
            if (!FieldErrors.show(e, Map.of("period", period))) {
                Feedback.failure(this, e);
            }
        }
    }

    private void load() {
        try {
            grid.setItems(api.statements(caller()));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
