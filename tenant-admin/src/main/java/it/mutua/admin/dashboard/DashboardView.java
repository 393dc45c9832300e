package it.mutua.admin.dashboard;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.Figures;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.Page;
import it.mutua.admin.api.PageRequest;
import it.mutua.admin.api.Tenant;
import it.mutua.admin.i18n.MessagesI18NProvider;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "Cruscotto": the figures of the user's subtree from the reporting projection, the tenants below by kind as a chart,
 * and the members of the first tenants below (one figures call each, at most {@value #CHILDREN_IN_CHART}).
 */
@Route(value = "cruscotto", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.REGIONAL_ADMIN, Roles.FEDERATION_ADMIN, Roles.COOP_ADMIN, Roles.AUDITOR})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final int CHILDREN_IN_CHART = 10;
    static final String MEMBERS = "members";

    private final MutuaApi api;
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Div cards = new Div();
    private final H3 kindsTitle = new H3();
    private final SvgChart kindsChart = new SvgChart();
    private final H3 childrenTitle = new H3();
    private final SvgChart childrenChart = new SvgChart();
    private Tenant tenant;
    private Figures figures;
    private List<BarChart.Bar> childMembers = List.of();

    @Inject
    public DashboardView(MutuaApi api) {
        this.api = api;
        cards.addClassName("figure-cards");
        add(title, subtitle, cards, kindsTitle, kindsChart, childrenTitle, childrenChart);
        setWidthFull();
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = CurrentUser.require().profile().tenant().code();
        try {
            tenant = api.tenant(code, caller());
            figures = api.figures(code, caller());
            childMembers = "COOPERATIVE".equals(tenant.kind()) ? List.of() : membersOfFirstChildren(code);
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page_title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private List<BarChart.Bar> membersOfFirstChildren(String code) {
        Page<Tenant> first = api.children(code, PageRequest.of(0, CHILDREN_IN_CHART).sortedBy(PageRequest.Sort.asc("name")), caller());
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Tenant child : first.items()) {
            bars.add(new BarChart.Bar(child.name(), api.figures(child.code(), caller()).total(MEMBERS)));
        }
        return bars;
    }

    private void render() {
        if (tenant == null || figures == null) {
            return;
        }
        title.setText(getTranslation("dashboard.title", tenant.name()));
        subtitle.setText(getTranslation("dashboard.subtitle"));
        cards.removeAll();
        List<DashboardFigures.Metric> kinds = DashboardFigures.tenantsByKind(figures, tenant.kind());
        kinds.forEach(metric -> cards.add(card(metric)));
        DashboardFigures.others(figures).forEach(metric -> cards.add(card(metric)));
        boolean hasKinds = !kinds.isEmpty();
        kindsTitle.setVisible(hasKinds);
        kindsChart.setVisible(hasKinds);
        if (hasKinds) {
            kindsTitle.setText(getTranslation("dashboard.chart.kinds"));
            kindsChart.show(new BarChart(kindsTitle.getText(), kinds.stream()
                    .map(m -> new BarChart.Bar(getTranslation(m.labelKey()), m.value())).toList(), getLocale()));
        }
        boolean hasChildren = !childMembers.isEmpty();
        childrenTitle.setVisible(hasChildren);
        childrenChart.setVisible(hasChildren);
        if (hasChildren) {
            childrenTitle.setText(getTranslation("dashboard.chart.members", CHILDREN_IN_CHART));
            childrenChart.show(new BarChart(childrenTitle.getText(), childMembers, getLocale()));
        }
    }

    private Card card(DashboardFigures.Metric metric) {
        Card card = new Card();
        card.addClassName("figure-card");
        Span value = new Span(BarChart.format(metric.value() == null ? BigDecimal.ZERO : metric.value(), getLocale()));
        value.addClassName("figure-value");
        String label = getTranslation(metric.labelKey());
        Span name = new Span(MessagesI18NProvider.isMissing(label) ? metric.name() : label);
        name.addClassName("figure-label");
        card.add(value, name);
        return card;
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
