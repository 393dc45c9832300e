package it.mutua.admin.regional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.Constitution;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.NewRegionalMutual;
import it.mutua.admin.api.PageRequest;
import it.mutua.admin.api.Tenant;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.tenant.Regions;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "Costituisci una mutua regionale", in three steps: (1) code, name, region; (2) all the region's cooperatives now
 * directly under national, or a choice among them, with the count; (3) confirm, then the result: the new mutual and
 * the cooperatives moved (one audited step in the API).
 */
@Route(value = "mutua-regionale", layout = MainLayout.class)
@RolesAllowed(Roles.NATIONAL_ADMIN)
public class RegionalWizardView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL = "ALL";
    static final String CHOSEN = "CHOSEN";
    private static final int PAGE = 100;

    private final MutuaApi api;
    private final String national = CurrentUser.require().profile().tenant().code();
    private final Span step = new Span();
    private final VerticalLayout body = new VerticalLayout();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    private final Grid<Tenant> cooperatives = new Grid<>();
    private long available;

    @Inject
    public RegionalWizardView(MutuaApi api) {
        this.api = api;
        step.addClassName("wizard-step");
        body.setPadding(false);
        add(new H2(getTranslation("regional.title")), step, body);
        configureFields();
        showStepOne();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regional.title");
    }

    private void configureFields() {
        code.setLabel(getTranslation("tenant.code"));
        code.setId("regional-code");
        code.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("tenant.name"));
        name.setId("regional-name");
        name.setRequiredIndicatorVisible(true);
        region.setLabel(getTranslation("tenant.region"));
        region.setId("regional-region");
        region.setItems(Regions.CODES);
        region.setItemLabelGenerator(Regions::label);
        region.setRequiredIndicatorVisible(true);
        scope.setLabel(getTranslation("regional.scope"));
        scope.setItems(ALL, CHOSEN);
        scope.setItemLabelGenerator(s -> getTranslation("regional.scope." + s.toLowerCase()));
        scope.setValue(ALL);
        scope.addValueChangeListener(change -> cooperatives.setVisible(CHOSEN.equals(change.getValue())));
        cooperatives.addColumn(Tenant::name).setHeader(getTranslation("tenant.name")).setFlexGrow(3);
        cooperatives.addColumn(Tenant::code).setHeader(getTranslation("tenant.code"));
        cooperatives.addColumn(Tenant::vatNumber).setHeader(getTranslation("tenant.vat_number"));
        cooperatives.setSelectionMode(Grid.SelectionMode.MULTI);
        cooperatives.setHeight("22rem");
    }

    private void showStepOne() {
        step.setText(getTranslation("regional.step", 1, 3) + " · " + getTranslation("regional.step1"));
        FormLayout form = new FormLayout(code, name, region);
        Button next = new Button(getTranslation("action.next"), click -> toStepTwo());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("regional-next");
        body.removeAll();
        body.add(form, next);
        name.focus();
    }

    private void toStepTwo() {
        boolean ok = required(code) & required(name) & requiredRegion();
        if (!ok) {
            return;
        }
        try {
            available = api.children(national, PageRequest.of(0, 1), "COOPERATIVE", region.getValue(), caller()).total();
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return;
        }
        step.setText(getTranslation("regional.step", 2, 3) + " · " + getTranslation("regional.step2"));
        Paragraph preview = new Paragraph(getTranslation("regional.preview", available, Regions.label(region.getValue())));
        preview.setId("regional-preview");
        cooperatives.setItems(DataProvider.fromCallbacks(
                query -> fetch(query.getOffset(), query.getLimit()),
                query -> (int) Math.min(available, Integer.MAX_VALUE)));
        cooperatives.setVisible(CHOSEN.equals(scope.getValue()));
        Button back = new Button(getTranslation("action.back"), click -> showStepOne());
        Button next = new Button(getTranslation("action.next"), click -> toStepThree());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("regional-next");
        body.removeAll();
        body.add(preview, scope, cooperatives, new HorizontalLayout(back, next));
    }

    private Stream<Tenant> fetch(int offset, int limit) {
        int page = offset / PAGE;
        List<Tenant> items = api.children(national, PageRequest.of(page, PAGE).sortedBy(PageRequest.Sort.asc("name")),
                "COOPERATIVE", region.getValue(), caller()).items();
        return items.stream().skip(offset - (long) page * PAGE).limit(limit);
    }

    private void toStepThree() {
        boolean all = ALL.equals(scope.getValue());
        Set<Tenant> chosen = cooperatives.getSelectedItems();
        long moving = all ? available : chosen.size();
        step.setText(getTranslation("regional.step", 3, 3) + " · " + getTranslation("regional.step3"));
        Paragraph summary = new Paragraph(getTranslation("regional.summary", name.getValue().strip(),
                code.getValue().strip(), Regions.label(region.getValue()), moving));
        summary.setId("regional-summary");
        Button back = new Button(getTranslation("action.back"), click -> toStepTwo());
        Button confirm = new Button(getTranslation("regional.confirm"), click -> constitute(all, chosen));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("regional-confirm");
        body.removeAll();
        body.add(summary, new HorizontalLayout(back, confirm));
    }

    private void constitute(boolean all, Set<Tenant> chosen) {
        NewRegionalMutual request = new NewRegionalMutual(code.getValue().strip(), name.getValue().strip(),
                region.getValue(), all ? null : chosen.stream().map(Tenant::code).toList(), all ? Boolean.TRUE : null);
        try {
            showResult(api.constituteRegional(request, caller()));
        } catch (ApiException e) {
            showStepOne();
            if (!FieldErrors.show(e, Map.of("code", code, "name", name, "region", region))) {
                Feedback.failure(this, e);
            }
        }
    }

    private void showResult(Constitution result) {
        step.setText(getTranslation("regional.done"));
        Paragraph outcome = new Paragraph(getTranslation("regional.result", result.regional().name(), result.movedCount()));
        outcome.setId("regional-result");
        Button open = new Button(getTranslation("regional.open", result.regional().name()),
                click -> getUI().ifPresent(ui -> ui.navigate("enti/" + result.regional().code())));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.removeAll();
        body.add(outcome, new Paragraph(String.join(", ", result.moved())), open);
        Feedback.success(outcome.getText());
    }

    private boolean required(TextField field) {
        boolean blank = field.getValue() == null || field.getValue().isBlank();
        field.setErrorMessage(getTranslation("tenant_form.required"));
        field.setInvalid(blank);
        return !blank;
    }

    private boolean requiredRegion() {
        boolean missing = region.getValue() == null;
        region.setErrorMessage(getTranslation("tenant_form.required"));
        region.setInvalid(missing);
        return !missing;
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
