package it.mutua.admin.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.ApiMessages;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.PlanAdoptionApi;
import it.mutua.admin.api.RestCalls;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.Formats;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A cooperative's adoption of the plan shown (ADR 0009). Not adopted yet: the plan on offer and, for the cooperative's
 * own administrator, "adopt from a date" with the family-extension option. Adopted with an update pending: the
 * field-by-field differences and "adopt the update from a date". Adopted: the booklet (PDF) of the plan in force.
 * Parents see the same state read-only.
 */
class AdoptionPanel extends VerticalLayout {

    private final PlanAdoptionApi api;
    private final Supplier<Caller> caller;
    private final PlanTexts texts;
    private final Runnable onAdopted;
    private final H3 title = new H3();
    private final Paragraph text = new Paragraph();
    private final Grid<PendingUpdate.Change> diff = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final Checkbox family = new Checkbox();
    private final Button adopt = new Button();
    private final HorizontalLayout form;
    private final Paragraph problem = new Paragraph();
    private final Anchor booklet = new Anchor();
    private String planCode;

    AdoptionPanel(PlanAdoptionApi api, Supplier<Caller> caller, PlanTexts texts, Runnable onAdopted) {
        this.api = api;
        this.caller = caller;
        this.texts = texts;
        this.onAdopted = onAdopted;
        addClassName("adoption-panel");
        setId("adoption-panel");
        setPadding(false);
        text.setId("adoption-text");
        from.setLabel(getTranslation("adoption.from"));
        from.setId("adoption-from");
        family.setLabel(getTranslation("adoption.family"));
        family.setId("adoption-family");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setId("adoption-adopt");
        adopt.addClickListener(click -> askAdopt());
        form = new HorizontalLayout(from, family, adopt);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        problem.addClassName("form-error");
        problem.setId("adoption-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        booklet.setText(getTranslation("adoption.booklet"));
        booklet.setId("adoption-booklet");
        configureDiff();
        add(title, text, diff, form, problem, booklet);
        setVisible(false);
    }

    private void configureDiff() {
        diff.addColumn(c -> c.benefit() == null ? getTranslation("plan.section.general") : c.benefit())
                .setHeader(getTranslation("plan.col.section")).setFlexGrow(2);
        diff.addColumn(c -> texts.label(c.path())).setHeader(getTranslation("plan.col.field")).setFlexGrow(3);
        diff.addColumn(c -> c.before() == null ? "—" : texts.value(c.path(), c.before()))
                .setHeader(getTranslation("adoption.before")).setFlexGrow(2);
        diff.addColumn(c -> c.after() == null ? "—" : texts.value(c.path(), c.after()))
                .setHeader(getTranslation("adoption.after")).setFlexGrow(2);
        diff.addColumn(c -> getTranslation("adoption.kind." + c.kind().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("adoption.kind")).setFlexGrow(1);
        diff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        diff.setAllRowsVisible(true);
        diff.setId("adoption-diff");
    }

    /**
     * Shows the adoption state of {@code tenant}'s plan; {@code own} = the user administers that cooperative (may
     * adopt); {@code date} = the date of the booklet.
     */
    void show(String code, String tenant, boolean own, LocalDate date) {
        this.planCode = code;
        problem.setVisible(false);
        PendingUpdate state;
        try {
            jakarta.json.JsonObject json = api.pending(code, own ? null : tenant, caller.get());
            if (!"COOPERATIVE".equals(json.getString("kind", ""))) {
                setVisible(false);
                return;
            }
            state = PendingUpdate.of(json);
        } catch (ApiException e) {
            setVisible(false);
            return;
        }
        setVisible(true);
        if (!state.adopted()) {
            title.setText(getTranslation("adoption.not_adopted_title"));
            // the own text takes no parameter: passing one would send it through MessageFormat and eat its apostrophes
            text.setText(own ? getTranslation("adoption.not_adopted_own") : getTranslation("adoption.not_adopted_other", tenant));
        } else if (state.pending()) {
            title.setText(getTranslation("adoption.pending_title"));
            text.setText(getTranslation("adoption.pending_text", Formats.date(state.adoptedFrom()), Formats.date(state.availableFrom())));
        } else {
            title.setText(getTranslation("adoption.adopted_title"));
            text.setText(getTranslation("adoption.adopted_text", Formats.date(state.adoptedFrom()),
                    getTranslation(state.familyExtensionOffered() ? "adoption.family_yes" : "adoption.family_no")));
        }
        boolean offer = state.pending() && state.conflict() == null;
        diff.setVisible(offer && state.adopted());
        diff.setItems(state.changes());
        form.setVisible(own && offer);
        adopt.setText(getTranslation(state.adopted() ? "adoption.adopt_update" : "adoption.adopt"));
        from.setValue(state.proposedDate(LocalDate.now()));
        family.setValue(state.familyExtensionOffered());
        if (state.conflict() != null) {
            problem.setText(getTranslation("adoption.conflict", state.conflict()));
            problem.setVisible(true);
        }
        booklet.setVisible(state.adopted());
        if (state.adopted()) {
            Caller who = caller.get();
            booklet.setHref(DownloadHandler.fromInputStream(event -> {
                RestCalls.Download file = api.booklet(code, own ? null : tenant, date, who);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()),
                        file.fileName() == null ? "libretto.pdf" : file.fileName(), "application/pdf", file.bytes().length);
            }));
            booklet.setTarget("_blank");
        }
    }

    private void askAdopt() {
        if (from.getValue() == null) {
            from.setErrorMessage(getTranslation("tenant_form.required"));
            from.setInvalid(true);
            return;
        }
        from.setInvalid(false);
        Confirm.ask(getTranslation("adoption.confirm_title", planCode, Formats.date(from.getValue())),
                getTranslation("adoption.confirm_text"), adopt.getText(), getTranslation("action.cancel"), false,
                this::doAdopt);
    }

    private void doAdopt() {
        try {
            api.adopt(planCode, from.getValue(), family.getValue(), caller.get());
            Feedback.success(getTranslation("adoption.done", planCode, Formats.date(from.getValue())));
            onAdopted.run();
        } catch (ApiException e) {
            if (e.isUnauthorized()) {
                Feedback.failure(this, e);
                return;
            }
            problem.setText(ApiMessages.describe(e, this::getTranslation));
            problem.setVisible(true);
        }
    }
}
