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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.admin.api.ApiException;
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

/**
 * "La mia copertura", for members on a phone: the plan in force today for their cooperative, one card per benefit with
 * what is left to pay per provider type, the ceilings and the waiting periods, in plain words. The plan code comes from
 * {@code mutua.ui.member-plan} until the cooperative's adoption is served by the API.
 */
@Route(value = "copertura", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class CoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MutuaApi api;
    private final String planCode;
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Div cards = new Div();

    @Inject
    public CoverageView(MutuaApi api, @ConfigProperty(name = "mutua.ui.member-plan", defaultValue = "SOCIAL_COOPERATION") String planCode) {
        this.api = api;
        this.planCode = planCode;
        addClassName("coverage-view");
        cards.addClassName("coverage-cards");
        add(title, subtitle, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.page_title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PlanModel model;
        try {
            model = PlanModel.of(api.effectivePlan(planCode, null, LocalDate.now(), CurrentUser.require().caller(getLocale())));
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
