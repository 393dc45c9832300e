package it.mutua.admin.myclaims;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.MyClaimsApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * "I miei rimborsi" on a phone: one card per claim (newest first) with its status, what was asked and what was
 * approved; opening a card shows each line with the amount the member pays and the reason in plain words.
 */
@Route(value = "i-miei-rimborsi", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class MyClaimsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Benefit areas in words (the office's texts): a member reads "Alta specializzazione", not the area code. */
    private final it.mutua.admin.claims.ClaimTexts benefitNames =
            new it.mutua.admin.claims.ClaimTexts(this::getTranslation, getLocale());

    private final MyClaimsApi api;
    private final Div cards = new Div();

    @Inject
    public MyClaimsView(MyClaimsApi api) {
        this.api = api;
        cards.addClassName("coverage-cards");
        cards.setId("my-claims");
        Button submit = new Button(getTranslation("my_claims.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(SubmitClaimView.class)));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("my_claims.title")), submit, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my_claims.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cards.removeAll();
        try {
            var page = api.mine(0, 50, CurrentUser.require().caller(getLocale()));
            if (page.items().isEmpty()) {
                cards.add(new Paragraph(getTranslation("my_claims.none")));
            }
            page.items().forEach(claim -> cards.add(card(claim)));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private Card card(MyClaimsApi.Claim claim) {
        Card card = new Card();
        card.addClassName("coverage-card");
        card.addClassName("claim-card");
        card.setTitle(getTranslation("my_claims.claim", claim.id()));
        Span status = new Span(getTranslation("my_claim_status." + claim.status()));
        status.getElement().getThemeList().add(ClaimTexts.badgeTheme(claim.status()));
        status.addClassName("claim-status");
        card.setHeaderSuffix(status);
        Div lines = new Div();
        lines.addClassName("coverage-lines");
        if (claim.submittedAt() != null) {
            lines.add(row("my_claims.submitted", claim.submittedAt().toLocalDate()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()))));
        }
        lines.add(row("my_claims.requested", ClaimTexts.euros(claim.requested())));
        lines.add(row("my_claims.approved", ClaimTexts.euros(claim.approved())));
        card.add(lines);
        Details details = new Details(getTranslation("my_claims.details"));
        claim.lines().forEach(line -> details.add(line(line)));
        if (claim.decisionReason() != null && !claim.decisionReason().isBlank()) {
            details.add(new Paragraph(getTranslation("my_claims.decision", claim.decisionReason())));
        }
        card.add(details);
        return card;
    }

    private Component line(MyClaimsApi.Line line) {
        Div box = new Div();
        box.addClassName("coverage-lines");
        box.add(row("claim_form.benefit", benefitNames.benefit(line.benefit())));
        box.add(row("claim_form.provider", line.provider() == null ? "–" : line.provider()));
        box.add(row("claim_form.service_date", line.serviceDate() == null ? "" : line.serviceDate().toString()));
        box.add(row("my_claims.invoiced", ClaimTexts.euros(line.invoiced())));
        box.add(row("my_claims.line_approved", ClaimTexts.euros(line.approved())));
        box.add(row("my_claims.member_pays", ClaimTexts.euros(line.memberPays())));
        String why = ClaimTexts.reasons(line.reasons(), getLocale());
        if (!why.isBlank()) {
            Paragraph reason = new Paragraph(why);
            reason.addClassName("claim-reason");
            box.add(reason);
        }
        return box;
    }

    private Div row(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Span text = new Span(value);
        text.addClassName("value");
        return new Div(label, text);
    }
}
