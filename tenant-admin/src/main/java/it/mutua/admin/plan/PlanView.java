package it.mutua.admin.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.PlanAdoptionApi;
import it.mutua.admin.api.UserProfile;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Piani sanitari": the effective plan of a tenant on a date, every value with where it comes from and who locked it;
 * "only what differs from national" shows at a glance what a federation, region or cooperative changed. Layer owners
 * looking at their own tenant change fields into a draft of their layer ({@link DraftPanel}). Query parameters
 * {@code plan}, {@code tenant}, {@code date} make every view linkable.
 */
@Route(value = "piani", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN, Roles.FEDERATION_ADMIN, Roles.COOP_ADMIN,
        Roles.CLAIMS_OFFICER, Roles.AUDITOR})
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NOT_ADOPTED = "plan.notAdopted";

    private final MutuaApi api;
    private final AuthenticatedUser user = CurrentUser.require();
    private final Editability editability;
    private final PlanTexts texts;
    private final Select<String> plan = new Select<>();
    private final TextField tenant = new TextField();
    private final DatePicker date = new DatePicker();
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Checkbox onlyChanged = new Checkbox();
    private final TextField filter = new TextField();
    private final Grid<PlanModel.Field> grid = new Grid<>();
    private final DraftPanel draft;
    private final AdoptionPanel adoption;
    private JsonObject listing;
    private PlanModel model;

    @Inject
    public PlanView(MutuaApi api, PlanAdoptionApi adoptionApi) {
        this.api = api;
        UserProfile.TenantRef own = user.profile().tenant();
        this.editability = Editability.of(user.profile().roles(), own.code(), own.kind());
        this.texts = new PlanTexts(this::getTranslation, getLocale());
        this.draft = new DraftPanel(api, this::caller, texts::label, this::show);
        this.adoption = new AdoptionPanel(adoptionApi, this::caller, texts, this::show);
        addClassName("plan-view");
        add(toolbar(), title, subtitle, adoption, legend(), filters(), grid, draft);
        configureGrid();
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.page_title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            listing = api.plans(caller());
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return;
        }
        List<String> codes = listing.getJsonArray("plans").stream()
                .map(p -> p.asJsonObject().getString("planCode")).toList();
        plan.setItems(codes);
        plan.setValue(first(query, "plan", codes.isEmpty() ? null : codes.get(0)));
        tenant.setValue(first(query, "tenant", user.profile().tenant().code()));
        date.setValue(parseDate(first(query, "date", null)));
        show();
    }

    private Component toolbar() {
        plan.setLabel(getTranslation("plan.plan"));
        plan.setId("plan-code");
        tenant.setLabel(getTranslation("plan.tenant"));
        tenant.setId("plan-tenant");
        tenant.setHelperText(getTranslation("plan.tenant_help"));
        date.setLabel(getTranslation("plan.date"));
        date.setId("plan-date");
        date.setLocale(getLocale());
        Button showButton = new Button(getTranslation("plan.show"), click -> navigateToSelection());
        showButton.setId("plan-show");
        showButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(plan, tenant, date, showButton);
        // Enter shows the plan only from the toolbar's fields: in the draft panel it must not reload the page
        showButton.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(bar);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Component legend() {
        Div legend = new Div(
                chip("prov-base", getTranslation("plan_legend.base")),
                chip("prov-changed", getTranslation("plan_legend.changed")),
                chip("prov-added", getTranslation("plan_legend.added")),
                chip("prov-locked", getTranslation("plan_legend.locked")));
        legend.addClassName("plan-legend");
        return legend;
    }

    private Component filters() {
        onlyChanged.setLabel(getTranslation("plan.only_changed"));
        onlyChanged.setId("plan-only-changed");
        onlyChanged.addValueChangeListener(change -> applyFilter());
        filter.setPlaceholder(getTranslation("plan.filter"));
        filter.setAriaLabel(getTranslation("plan.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        HorizontalLayout row = new HorizontalLayout(filter, onlyChanged);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        return row;
    }

    private void configureGrid() {
        grid.addColumn(f -> section(f)).setHeader(getTranslation("plan.col.section")).setFlexGrow(2);
        grid.addColumn(f -> texts.label(f.path())).setHeader(getTranslation("plan.col.field")).setFlexGrow(3);
        grid.addColumn(f -> texts.value(f.path(), f.value())).setHeader(getTranslation("plan.col.value")).setFlexGrow(3);
        grid.addComponentColumn(this::provenanceChip).setHeader(getTranslation("plan.col.provenance")).setFlexGrow(3);
        grid.addComponentColumn(this::lockChip).setHeader(getTranslation("plan.col.lock")).setFlexGrow(3);
        grid.addComponentColumn(this::editButton).setHeader("").setWidth("4rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(f -> f.differsFromNational() ? "plan-row-changed" : null);
        grid.setId("plan-grid");
        grid.setEmptyStateText(getTranslation("plan.none"));
    }

    private String section(PlanModel.Field field) {
        String section = model == null ? null : model.sectionOf(field);
        return section == null ? getTranslation("plan.section.general") : section;
    }

    private Component provenanceChip(PlanModel.Field field) {
        Span chip = chip("prov-" + field.provenance().toLowerCase(Locale.ROOT), texts.provenance(field));
        if (field.setBy() != null) {
            chip.addClassName("prov-level-" + field.setBy().level().toLowerCase(Locale.ROOT));
            chip.getElement().setAttribute("title", texts.level(field.setBy().level()) + " · " + field.setBy().name());
        }
        return chip;
    }

    private Component lockChip(PlanModel.Field field) {
        if (!field.locked()) {
            return new Span();
        }
        Span chip = chip("prov-locked", texts.lock(field));
        chip.addComponentAsFirst(VaadinIcon.LOCK.create());
        return chip;
    }

    private Component editButton(PlanModel.Field field) {
        if (!editability.editsPlanOf(model.tenant())) {
            return new Span();
        }
        if (editability.lockedAbove(field)) {
            Span locked = new Span(VaadinIcon.LOCK.create());
            locked.getElement().setAttribute("title", texts.lock(field));
            locked.getElement().setAttribute("aria-label", texts.lock(field));
            return locked;
        }
        if (!editability.mayChange(model, field)) {
            return new Span();
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new ChangeDialog(field, texts.label(field.path()),
                texts, editability.mayLock(), change -> draft.add(change)).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("plan.edit", texts.label(field.path())));
        edit.getElement().setAttribute("title", getTranslation("plan.edit", texts.label(field.path())));
        edit.addClassName("plan-edit");
        return edit;
    }

    private static Span chip(String className, String text) {
        Span chip = new Span(text);
        chip.addClassNames("chip", className);
        return chip;
    }

    private void navigateToSelection() {
        getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.simple(Map.of(
                "plan", String.valueOf(plan.getValue()), "tenant", tenant.getValue().strip(),
                "date", date.getValue() == null ? LocalDate.now().toString() : date.getValue().toString()))));
    }

    private void show() {
        if (plan.getValue() == null) {
            title.setText(getTranslation("plan.no_plans"));
            return;
        }
        showAdoption();
        try {
            model = PlanModel.of(api.effectivePlan(plan.getValue(), tenant.getValue().strip(), date.getValue(), caller()));
        } catch (ApiException e) {
            model = null;
            grid.setItems(List.of());
            draft.setVisible(false);
            if (NOT_ADOPTED.equals(e.code())) {
                title.setText(plan.getValue());
                subtitle.setText(getTranslation(NOT_ADOPTED, tenant.getValue().strip(), plan.getValue()));
            } else {
                Feedback.failure(this, e);
            }
            return;
        }
        title.setText(model.name());
        subtitle.setText(getTranslation("plan.subtitle", model.tenant(), model.date(), String.join(", ", model.versions())));
        applyFilter();
        draft.setVisible(editability.editsPlanOf(model.tenant()));
        draft.showPlan(model.planCode(), listing);
    }

    /** A cooperative's adoption of the plan, its update pending and booklet; not for the claims office. */
    private void showAdoption() {
        String target = tenant.getValue().strip();
        UserProfile.TenantRef own = user.profile().tenant();
        boolean ownCooperative = user.hasRole(Roles.COOP_ADMIN) && own.code().equals(target);
        if (user.hasRole(Roles.CLAIMS_OFFICER) && !ownCooperative) {
            adoption.setVisible(false);
            return;
        }
        adoption.show(plan.getValue(), target, ownCooperative, date.getValue() == null ? LocalDate.now() : date.getValue());
    }

    private void applyFilter() {
        if (model == null) {
            return;
        }
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(getLocale());
        grid.setItems(model.fields().stream()
                .filter(f -> !onlyChanged.getValue() || f.differsFromNational())
                .filter(f -> text.isEmpty() || (section(f) + " " + texts.label(f.path()) + " " + texts.value(f.path(), f.value()))
                        .toLowerCase(getLocale()).contains(text))
                .toList());
    }

    private static String first(Map<String, List<String>> query, String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0);
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? LocalDate.now() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.now();
        }
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
