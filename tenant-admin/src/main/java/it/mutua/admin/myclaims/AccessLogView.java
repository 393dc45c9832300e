package it.mutua.admin.myclaims;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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

/** "Chi ha visto i miei dati": every read of the member's health data (who, role, when, what), newest first. */
@Route(value = "chi-ha-visto-i-miei-dati", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class AccessLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MyClaimsApi api;
    private final Grid<MyClaimsApi.Access> grid = new Grid<>();

    @Inject
    public AccessLogView(MyClaimsApi api) {
        this.api = api;
        grid.setId("access-log");
        grid.addColumn(a -> a.at() == null ? "" : WHEN.format(a.at().atZoneSameInstant(java.time.ZoneId.of("Europe/Rome"))))
                .setHeader(getTranslation("access_log.when")).setAutoWidth(true);
        grid.addColumn(MyClaimsApi.Access::who).setHeader(getTranslation("access_log.who"));
        grid.addColumn(a -> getTranslation("access_log.role." + a.role())).setHeader(getTranslation("access_log.role"));
        grid.addColumn(a -> a.claim() == null ? a.what() : getTranslation("my_claims.claim", a.claim()))
                .setHeader(getTranslation("access_log.what"));
        grid.setEmptyStateText(getTranslation("access_log.none"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("access_log.title")), new Paragraph(getTranslation("access_log.help")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access_log.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            grid.setItems(api.whoSawMyData(CurrentUser.require().caller(getLocale())));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }
}
