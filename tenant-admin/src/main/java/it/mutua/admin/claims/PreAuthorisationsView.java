package it.mutua.admin.claims;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.ClaimData;
import it.mutua.admin.api.ClaimsApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;
import it.mutua.admin.ui.Formats;
import it.mutua.admin.ui.PageWindows;

import java.util.Map;
import java.util.stream.Stream;

/**
 * "Autorizzazioni preventive": the officer picks a waiting request from the worklist (urgent first, then by planned
 * date) or opens one by its number, reads it, and authorises an amount for a validity window or rejects it with a
 * reason — after confirming.
 */
@Route(value = "autorizzazioni", layout = MainLayout.class)
@RolesAllowed(Roles.CLAIMS_OFFICER)
public class PreAuthorisationsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClaimsApi api;
    private final ClaimTexts texts;
    private final Grid<ClaimData.PreAuth> waiting = new Grid<>();
    private final IntegerField number = new IntegerField();
    private final Div details = new Div();
    private final BigDecimalField authorised = new BigDecimalField();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final TextField reason = new TextField();
    private final VerticalLayout decision = new VerticalLayout();
    private final Binder<PreAuthorisationForm> binder = new Binder<>();
    private ClaimData.PreAuth current;

    @Inject
    public PreAuthorisationsView(ClaimsApi api) {
        this.api = api;
        this.texts = new ClaimTexts(this::getTranslation, getLocale());
        add(new H2(getTranslation("preauth.title")), new Paragraph(getTranslation("preauth.help")), worklist(),
                finder(), details, decisionForm());
        details.addClassName("tenant-details");
        details.setWidthFull();
        details.setId("preauth-details");
        decision.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preauth.title");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            number.setValue(id.intValue());
            open(id);
        }
    }

    /** The requests still waiting for a decision, read page by page from the API as the grid scrolls. */
    private Grid<ClaimData.PreAuth> worklist() {
        waiting.setId("preauth-worklist");
        waiting.addColumn(ClaimData.PreAuth::id).setHeader(getTranslation("preauth.number")).setAutoWidth(true);
        waiting.addColumn(p -> Formats.date(p.plannedDate()) + (p.urgent() ? " · " + getTranslation("preauth.urgent") : ""))
                .setHeader(getTranslation("preauth.planned")).setAutoWidth(true);
        waiting.addColumn(ClaimData.PreAuth::fiscalCode).setHeader(getTranslation("claim.member")).setAutoWidth(true);
        waiting.addColumn(p -> texts.benefit(p.benefit())).setHeader(getTranslation("claim.col.benefit"));
        waiting.addColumn(ClaimData.PreAuth::facilityName).setHeader(getTranslation("claim.col.provider"));
        waiting.addColumn(p -> Formats.euros(p.estimated(), getLocale())).setHeader(getTranslation("preauth.estimated"))
                .setAutoWidth(true);
        waiting.setItems(query -> fetchWaiting(query.getOffset(), query.getLimit()), query -> countWaiting());
        waiting.addItemClickListener(click -> {
            number.setValue((int) click.getItem().id());
            show(click.getItem());
        });
        waiting.setHeight("16rem");
        return waiting;
    }

    private Stream<ClaimData.PreAuth> fetchWaiting(int offset, int limit) {
        try {
            return PageWindows.fetch(offset, limit, 200,
                    (page, size) -> api.preAuthorisations("REQUESTED", page, size, caller()).items()).stream();
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return Stream.empty();
        }
    }

    private int countWaiting() {
        try {
            return (int) Math.min(api.preAuthorisations("REQUESTED", 0, 1, caller()).total(), Integer.MAX_VALUE);
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return 0;
        }
    }

    private HorizontalLayout finder() {
        number.setLabel(getTranslation("preauth.number"));
        number.setMin(1);
        number.setId("preauth-number");
        Button open = new Button(getTranslation("preauth.open"), click -> {
            if (number.getValue() != null) {
                open(number.getValue());
            }
        });
        open.setId("preauth-open");
        HorizontalLayout bar = new HorizontalLayout(number, open);
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(bar);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private VerticalLayout decisionForm() {
        authorised.setLabel(getTranslation("preauth.authorised"));
        authorised.setId("preauth-authorised");
        validFrom.setLabel(getTranslation("preauth.valid_from"));
        validFrom.setId("preauth-valid-from");
        validTo.setLabel(getTranslation("preauth.valid_to"));
        validTo.setId("preauth-valid-to");
        reason.setLabel(getTranslation("preauth.reason"));
        reason.setWidth("min(30rem, 100%)");
        reason.setId("preauth-reason");
        binder.forField(authorised).bind(PreAuthorisationForm::getAuthorised, PreAuthorisationForm::setAuthorised);
        binder.forField(validFrom).bind(PreAuthorisationForm::getValidFrom, PreAuthorisationForm::setValidFrom);
        binder.forField(validTo).bind(PreAuthorisationForm::getValidTo, PreAuthorisationForm::setValidTo);
        binder.forField(reason).bind(PreAuthorisationForm::getReason, PreAuthorisationForm::setReason);
        Button approve = new Button(getTranslation("preauth.approve"), click -> decide(true));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("preauth-approve");
        Button reject = new Button(getTranslation("preauth.reject"), click -> decide(false));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("preauth-reject");
        HorizontalLayout window = new HorizontalLayout(authorised, validFrom, validTo);
        window.setWrap(true);
        decision.add(window, reason, new HorizontalLayout(approve, reject));
        decision.setPadding(false);
        return decision;
    }

    private void open(long id) {
        try {
            show(api.preAuthorisation(id, caller()));
        } catch (ApiException e) {
            current = null;
            details.removeAll();
            decision.setVisible(false);
            Feedback.failure(this, e);
        }
    }

    private void show(ClaimData.PreAuth p) {
        current = p;
        details.removeAll();
        var locale = getLocale();
        item("preauth.number", String.valueOf(p.id()));
        item("preauth.status", getTranslation("preauth_status." + p.status()));
        item("claim.member", p.fiscalCode());
        item("claim.col.benefit", texts.benefit(p.benefit()));
        item("claim.col.provider", p.facilityName() + (p.facility() == null ? "" : " (" + p.facility() + ")"));
        item("claim.col.regime", texts.regime(p.regime()));
        item("preauth.planned", Formats.date(p.plannedDate()) + (p.urgent() ? " · " + getTranslation("preauth.urgent") : ""));
        item("preauth.estimated", Formats.euros(p.estimated(), locale));
        item("preauth.authorised", Formats.euros(p.authorised(), locale));
        if (p.validFrom() != null) {
            item("preauth.window", Formats.date(p.validFrom()) + " – " + Formats.date(p.validTo()));
        }
        item("preauth.reason", p.reason());
        item("preauth.settled_claim", p.settledClaim() == null ? null : String.valueOf(p.settledClaim()));
        boolean open = "REQUESTED".equals(p.status());
        decision.setVisible(open);
        if (open) {
            binder.readBean(PreAuthorisationForm.proposedFor(p));
        }
    }

    private void item(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("label");
        details.add(new Div(label, new Span(value)));
    }

    private void decide(boolean approve) {
        PreAuthorisationForm form = new PreAuthorisationForm();
        binder.writeBeanAsDraft(form, true);
        Map<String, HasValidation> fields = Map.of("authorised", authorised, "validFrom", validFrom, "validTo", validTo,
                "reason", reason);
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> problems = approve ? form.approvalProblems() : form.rejectionProblems();
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> {
                fields.get(field).setErrorMessage(getTranslation(key));
                fields.get(field).setInvalid(true);
            });
            return;
        }
        long id = current.id();
        Confirm.ask(getTranslation(approve ? "preauth.confirm_approve" : "preauth.confirm_reject", id),
                approve ? getTranslation("preauth.confirm_approve_text", Formats.euros(form.getAuthorised(), getLocale()),
                        Formats.date(form.getValidFrom()), Formats.date(form.getValidTo()))
                        : getTranslation("preauth.confirm_reject_text"),
                getTranslation(approve ? "preauth.approve" : "preauth.reject"), getTranslation("action.cancel"), !approve,
                () -> send(id, approve ? form.approval() : form.rejection(), fields));
    }

    private void send(long id, ClaimData.PreAuthDecision body, Map<String, HasValidation> fields) {
        try {
            show(api.decidePreAuthorisation(id, body, caller()));
            waiting.getDataProvider().refreshAll();
            Feedback.success(getTranslation("preauth.decided", id));
        } catch (ApiException e) {
            if (!FieldErrors.show(e, fields)) {
                Feedback.failure(this, e);
            }
        }
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
