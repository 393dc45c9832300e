package it.mutua.admin.coverage;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.api.MyClaimsApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.plan.FieldType;
import it.mutua.admin.plan.PlanModel;
import it.mutua.admin.plan.PlanTexts;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "La mia copertura", for members on a phone: the plan of the member's own coverage period today (from
 * {@code /api/members/me}), as their cooperative adopted it, one card per benefit with what is left to pay per provider
 * type, the ceilings and the waiting periods, in plain words; what was reimbursed so far this year; the plan booklet
 * (PDF) to download.
 */
@Route(value = "copertura", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class CoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MutuaApi api;
    private final MembersApi members;
    private final MyClaimsApi claims;
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Div booklet = new Div();
    private final Div usage = new Div();
    private final Div cards = new Div();

    @Inject
    public CoverageView(MutuaApi api, MembersApi members, MyClaimsApi claims) {
        this.api = api;
        this.members = members;
        this.claims = claims;
        addClassName("coverage-view");
        cards.addClassName("coverage-cards");
        add(title, subtitle, booklet, usage, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.page_title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = CurrentUser.require().caller(getLocale());
        LocalDate today = LocalDate.now();
        PlanModel model;
        String planCode;
        try {
            Optional<MembersApi.Period> period = members.me(caller).periods().stream().filter(p -> p.coversOn(today))
                    .findFirst();
            if (period.isEmpty()) {
                title.setText(getTranslation("coverage.page_title"));
                subtitle.setText(getTranslation("coverage.not_covered"));
                return;
            }
            planCode = period.get().planCode();
            model = PlanModel.of(api.effectivePlan(planCode, null, today, caller));
        } catch (ApiException e) {
            title.setText(getTranslation("coverage.page_title"));
            Feedback.failure(this, e);
            return;
        }
        PlanTexts texts = new PlanTexts(this::getTranslation, getLocale());
        title.setText(model.name());
        subtitle.setText(getTranslation("coverage.subtitle",
                LocalDate.parse(model.date()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()))));
        Map<String, List<PlanModel.Field>> sections = new LinkedHashMap<>();
        for (PlanModel.Field field : model.fields()) {
            FieldType type = FieldType.of(field.path());
            if (type == FieldType.AREA || field.path().endsWith("/name") || field.path().equals("name")) {
                continue;
            }
            String section = model.sectionOf(field);
            sections.computeIfAbsent(section == null ? getTranslation("coverage.contributions") : section, s -> new java.util.ArrayList<>())
                    .add(field);
        }
        booklet.removeAll();
        booklet.add(BookletLink.of(claims, planCode, caller, getTranslation("coverage.booklet")));
        usage.removeAll();
        YearUsage.card(claims, caller, today.getYear(), model.benefitNames(), this).ifPresent(usage::add);
        cards.removeAll();
        sections.forEach((section, fields) -> cards.add(card(section, fields, texts)));
    }

    private Card card(String section, List<PlanModel.Field> fields, PlanTexts texts) {
        Card card = new Card();
        card.addClassName("coverage-card");
        card.setTitle(section);
        Div lines = new Div();
        lines.addClassName("coverage-lines");
        for (PlanModel.Field field : fields) {
            Span label = new Span(texts.label(field.path()));
            label.addClassName("label");
            Span value = new Span(texts.value(field.path(), field.value()));
            value.addClassName("value");
            lines.add(new Div(label, value));
        }
        card.add(lines);
        return card;
    }
}
