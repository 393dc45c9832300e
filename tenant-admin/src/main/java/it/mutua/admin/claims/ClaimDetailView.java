package it.mutua.admin.claims;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.ClaimData;
import it.mutua.admin.api.ClaimsApi;
import it.mutua.admin.api.RestCalls;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.Formats;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * One claim for the claims office: the summary, every line with its amounts and the adjudication's reasons in the
 * user's language, the attachments (downloaded through the API with the user's token), the transitions, who read it
 * (the access log), and the actions the status allows: decide a claim in review, reopen a decided one.
 */
@Route(value = "rimborsi/:id", layout = MainLayout.class)
@RolesAllowed(Roles.CLAIMS_OFFICER)
public class ClaimDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimsApi api;
    private final ClaimTexts texts;
    private final H2 title = new H2();
    private final Div summary = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Grid<ClaimData.Line> lines = new Grid<>();
    private final UnorderedList explanation = new UnorderedList();
    private final VerticalLayout attachments = new VerticalLayout();
    private final Grid<ClaimData.Transition> transitions = new Grid<>();
    private final Grid<ClaimData.Access> accessLog = new Grid<>();
    private ClaimData.Claim claim;

    @Inject
    public ClaimDetailView(ClaimsApi api) {
        this.api = api;
        this.texts = new ClaimTexts(this::getTranslation, getLocale());
        Button back = new Button(getTranslation("claim.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ClaimsQueueView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        summary.addClassName("tenant-details");
        summary.setWidthFull();
        summary.setId("claim-summary");
        explanation.setId("claim-explanation");
        attachments.setPadding(false);
        attachments.setId("claim-attachments");
        configureLines();
        configureTransitions();
        configureAccessLog();
        add(back, title, summary, actions,
                new H3(getTranslation("claim.lines")), lines,
                new H3(getTranslation("claim.explanation")), explanation,
                new H3(getTranslation("claim.attachments")), attachments,
                new H3(getTranslation("claim.transitions")), transitions,
                new H3(getTranslation("claim.access_log")), accessLog);
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.page_title", claim == null ? "" : claim.id());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            load(Long.parseLong(id));
        } catch (NumberFormatException e) {
            title.setText(getTranslation("claim.not_found", id));
        }
    }

    private void load(long id) {
        try {
            claim = api.claim(id, caller());
        } catch (ApiException e) {
            title.setText(getTranslation("claim.not_found", id));
            Feedback.failure(this, e);
            return;
        }
        title.setText(getTranslation("claim.title", claim.id(), texts.status(claim.status())));
        renderSummary();
        renderActions();
        lines.setItems(claim.lines());
        renderExplanation();
        renderAttachments();
        transitions.setItems(claim.transitions());
        try {
            accessLog.setItems(api.accessLog(id, caller()));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private void renderSummary() {
        Locale locale = getLocale();
        summary.removeAll();
        item("claim.member", claim.fiscalCode());
        item("claim.holder", claim.holderFiscalCode());
        item("claim.plan", claim.planCode());
        item("claim.submitted", Formats.moment(claim.submittedAt()) + " · " + claim.submittedBy());
        item("claim.payee", claim.payeeName() + (claim.iban() == null ? "" : " · " + claim.iban()));
        item("claim.requested", Formats.euros(claim.requested(), locale));
        item("claim.reimbursable", Formats.euros(claim.reimbursable(), locale));
        item("claim.approved", Formats.euros(claim.approved(), locale));
        item("claim.sampled", texts.sampled(claim.sampledBecause()));
        item("claim.decision_reason", claim.decisionReason());
        item("claim.batch", claim.paymentBatch() == null ? null : String.valueOf(claim.paymentBatch()));
        item("claim.pre_authorisation", claim.preAuthorisation() == null ? null : String.valueOf(claim.preAuthorisation()));
    }

    private void item(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("label");
        summary.add(new Div(label, new Span(value)));
    }

    private void renderActions() {
        actions.removeAll();
        if (ClaimTexts.decidable(claim)) {
            Button decide = new Button(getTranslation("claim.decide"), VaadinIcon.GAVEL.create(),
                    click -> new DecisionDialog(claim, texts, form -> decide(form)).open());
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.setId("claim-decide");
            actions.add(decide);
        }
        if (ClaimTexts.reopenable(claim)) {
            Button reopen = new Button(getTranslation("claim.reopen"), VaadinIcon.ROTATE_LEFT.create(),
                    click -> new ReopenDialog(reason -> reopen(reason)).open());
            reopen.setId("claim-reopen");
            actions.add(reopen);
        }
    }

    private void configureLines() {
        Locale locale = getLocale();
        lines.addColumn(ClaimData.Line::line).setHeader("#").setWidth("3rem").setFlexGrow(0);
        lines.addColumn(l -> texts.benefit(l.area() == null ? l.benefit() : l.area())).setHeader(getTranslation("claim.col.benefit")).setFlexGrow(3);
        lines.addColumn(l -> texts.regime(l.regime())).setHeader(getTranslation("claim.col.regime")).setFlexGrow(2);
        lines.addColumn(l -> l.provider() != null ? l.provider() : l.facility()).setHeader(getTranslation("claim.col.provider")).setFlexGrow(3);
        lines.addColumn(l -> Formats.date(l.serviceDate())).setHeader(getTranslation("claim.col.date")).setFlexGrow(2);
        lines.addColumn(l -> Formats.euros(l.invoiced(), locale)).setHeader(getTranslation("claim.col.invoiced"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        lines.addColumn(l -> Formats.euros(l.reimbursable(), locale)).setHeader(getTranslation("claim.col.reimbursable"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        lines.addColumn(l -> Formats.euros(l.approved(), locale)).setHeader(getTranslation("claim.col.approved"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        lines.addColumn(l -> Formats.euros(l.memberPays(), locale)).setHeader(getTranslation("claim.col.member_pays"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAllRowsVisible(true);
        lines.setId("claim-lines");
    }

    private void renderExplanation() {
        explanation.removeAll();
        for (ClaimData.Line line : claim.lines()) {
            UnorderedList reasons = new UnorderedList();
            line.reasons().forEach(r -> reasons.add(new ListItem(texts.reason(r))));
            ListItem item = new ListItem(new Span(getTranslation("claim.line_heading", line.line(),
                    texts.benefit(line.area() == null ? line.benefit() : line.area()))), reasons);
            explanation.add(item);
        }
    }

    private void renderAttachments() {
        attachments.removeAll();
        if (claim.attachments().isEmpty()) {
            attachments.add(new Paragraph(getTranslation("claim.no_attachments")));
        }
        Caller who = caller();
        long id = claim.id();
        for (ClaimData.Attachment a : claim.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                RestCalls.Download file = api.attachment(id, a.id(), who);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), a.name(), a.mediaType(),
                        file.bytes().length);
            }), a.name());
            link.setTarget("_blank");
            attachments.add(new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), link,
                    new Span(getTranslation("claim.attachment_info", a.size() / 1024 + 1, a.uploadedBy(),
                            Formats.moment(a.uploadedAt())))));
        }
    }

    private void configureTransitions() {
        transitions.addColumn(t -> Formats.moment(t.at())).setHeader(getTranslation("claim.col.when")).setFlexGrow(2);
        transitions.addColumn(t -> (t.from() == null ? "" : texts.status(t.from()) + " → ") + texts.status(t.to()))
                .setHeader(getTranslation("claim.col.transition")).setFlexGrow(3);
        transitions.addColumn(t -> t.by() + " (" + t.role() + ")").setHeader(getTranslation("claim.col.who")).setFlexGrow(2);
        transitions.addColumn(t -> t.note() == null ? "" : t.note()).setHeader(getTranslation("claim.col.note")).setFlexGrow(3);
        transitions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        transitions.setAllRowsVisible(true);
        transitions.setId("claim-transitions");
    }

    private void configureAccessLog() {
        accessLog.addColumn(a -> Formats.moment(a.at())).setHeader(getTranslation("claim.col.when")).setFlexGrow(2);
        accessLog.addColumn(a -> a.who() + " (" + a.role() + ")").setHeader(getTranslation("claim.col.who")).setFlexGrow(2);
        accessLog.addColumn(ClaimData.Access::what).setHeader(getTranslation("claim.col.what")).setFlexGrow(2);
        accessLog.addColumn(a -> a.detail() == null ? "" : a.detail()).setHeader(getTranslation("claim.col.detail")).setFlexGrow(3);
        accessLog.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        accessLog.setAllRowsVisible(true);
        accessLog.setId("claim-access-log");
    }

    private boolean decide(DecisionForm form) {
        try {
            api.decide(claim.id(), form.toRequest(), caller());
            Feedback.success(getTranslation("claim.decided", claim.id()));
            load(claim.id());
            return true;
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return false;
        }
    }

    private boolean reopen(String reason) {
        try {
            api.reopen(claim.id(), reason, caller());
            Feedback.success(getTranslation("claim.reopened", claim.id()));
            load(claim.id());
            return true;
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return false;
        }
    }


    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
