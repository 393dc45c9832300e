package it.mutua.admin.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.ApiMessages;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The layer owner's side of the editor: the changes prepared for a draft (each removable), the date the draft takes
 * effect, "Salva bozza", and the versions of the user's own layer with "Pubblica" for drafts (asked first: publishing
 * is final). A refusal of the API — above all a 409 "field locked by …" — is shown here, in words, until the next try.
 */
class DraftPanel extends VerticalLayout {

    private final MutuaApi api;
    private final Supplier<Caller> caller;
    private final Function<String, String> labelOf;
    private final Runnable onPublished;
    private final DraftChanges changes = new DraftChanges();
    private final Div pending = new Div();
    private final DatePicker effectiveFrom = new DatePicker();
    private final Button save = new Button(VaadinIcon.CHECK.create());
    private final Paragraph problem = new Paragraph();
    private final VerticalLayout versions = new VerticalLayout();
    private String planCode;

    DraftPanel(MutuaApi api, Supplier<Caller> caller, Function<String, String> labelOf, Runnable onPublished) {
        this.api = api;
        this.caller = caller;
        this.labelOf = labelOf;
        this.onPublished = onPublished;
        addClassName("draft-panel");
        setPadding(false);
        pending.addClassName("draft-changes");
        effectiveFrom.setLabel(getTranslation("plan_draft.effective_from"));
        effectiveFrom.setValue(LocalDate.now().plusMonths(1).withDayOfMonth(1));
        effectiveFrom.setId("draft-effective-from");
        save.setText(getTranslation("plan_draft.save"));
        save.setId("draft-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveDraft());
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setId("draft-problem");
        problem.setVisible(false);
        versions.setPadding(false);
        HorizontalLayout actions = new HorizontalLayout(effectiveFrom, save);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        Details own = new Details(getTranslation("plan_draft.own_versions"), versions);
        own.setOpened(true);
        add(new H3(getTranslation("plan_draft.title")), pending, actions, problem, own);
        renderPending();
    }

    void showPlan(String code, JsonObject plansListing) {
        this.planCode = code;
        changes.clear();
        renderPending();
        renderVersions(plansListing);
    }

    void add(DraftChanges.Change change) {
        changes.put(change);
        renderPending();
    }

    boolean has(String path) {
        return changes.of(path).isPresent();
    }

    private void renderPending() {
        pending.removeAll();
        if (changes.isEmpty()) {
            pending.add(new Paragraph(getTranslation("plan_draft.empty")));
        }
        for (DraftChanges.Change change : changes.list()) {
            Span text = new Span(labelOf.apply(change.path()) + (change.lock() ? " · " + getTranslation("plan_draft.locking") : ""));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                changes.remove(change.path());
                renderPending();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("plan_draft.remove"));
            HorizontalLayout row = new HorizontalLayout(text, remove);
            row.setAlignItems(Alignment.CENTER);
            pending.add(row);
        }
        save.setEnabled(!changes.isEmpty());
    }

    private void renderVersions(JsonObject listing) {
        versions.removeAll();
        JsonArray own = ownVersions(listing);
        if (own == null || own.isEmpty()) {
            versions.add(new Paragraph(getTranslation("plan_draft.no_versions")));
            return;
        }
        for (JsonValue v : own) {
            JsonObject version = v.asJsonObject();
            int number = version.getInt("version");
            String status = version.getString("status", "");
            Span text = new Span(getTranslation("plan_draft.version", number, version.getString("effectiveFrom", ""),
                    getTranslation("plan_status." + ("DRAFT".equals(status) ? "draft" : "published"))));
            HorizontalLayout row = new HorizontalLayout(text);
            row.setAlignItems(Alignment.CENTER);
            if ("DRAFT".equals(status)) {
                Button publish = new Button(getTranslation("plan_draft.publish"), click -> askPublish(number));
                publish.addThemeVariants(ButtonVariant.LUMO_SMALL);
                publish.setId("draft-publish-" + number);
                row.add(publish);
            }
            versions.add(row);
        }
    }

    private JsonArray ownVersions(JsonObject listing) {
        if (listing == null) {
            return null;
        }
        for (JsonValue plan : listing.getJsonArray("plans")) {
            JsonObject p = plan.asJsonObject();
            if (p.getString("planCode", "").equals(planCode)) {
                return p.getJsonObject("ownLayer").getJsonArray("versions");
            }
        }
        return null;
    }

    private void saveDraft() {
        if (effectiveFrom.getValue() == null) {
            effectiveFrom.setErrorMessage(getTranslation("tenant_form.required"));
            effectiveFrom.setInvalid(true);
            return;
        }
        try {
            JsonObject draft = api.createDraft(planCode, changes.toJson(effectiveFrom.getValue()), caller.get());
            problem.setVisible(false);
            changes.clear();
            renderPending();
            Feedback.success(getTranslation("plan_draft.saved", draft.getInt("version")));
            refreshVersions();
        } catch (ApiException e) {
            showProblem(e);
        }
    }

    private void askPublish(int version) {
        Confirm.ask(getTranslation("plan_draft.publish_title", version), getTranslation("plan_draft.publish_text"),
                getTranslation("plan_draft.publish"), getTranslation("action.cancel"), false, () -> publish(version));
    }

    private void publish(int version) {
        try {
            api.publishDraft(planCode, version, caller.get());
            problem.setVisible(false);
            Feedback.success(getTranslation("plan_draft.published", version));
            refreshVersions();
            onPublished.run();
        } catch (ApiException e) {
            showProblem(e);
        }
    }

    private void refreshVersions() {
        try {
            renderVersions(api.plans(caller.get()));
        } catch (ApiException e) {
            showProblem(e);
        }
    }

    private void showProblem(ApiException e) {
        if (e.isUnauthorized()) {
            Feedback.failure(this, e);
            return;
        }
        String text = ApiMessages.describe(e, this::getTranslation);
        if (e.status() == 409) {
            text = getTranslation("plan_draft.conflict", text);
        }
        problem.setText(text);
        problem.setVisible(true);
    }
}
