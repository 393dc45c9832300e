package it.mutua.admin.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import it.mutua.admin.api.UserProfile;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.CurrentUser;

/** Every logged-in user's page: name, username, roles, tenant. */
@Route(value = "account", layout = MainLayout.class)
public class AccountView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final AuthenticatedUser user = CurrentUser.require();
    private final H2 title = new H2();
    private final Div details = new Div();

    public AccountView() {
        details.addClassName("tenant-details");
        add(title, details);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page_title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(user.displayName());
        details.removeAll();
        UserProfile profile = user.profile();
        field("account.username", profile.username());
        field("account.roles", String.join(", ", profile.roles()));
        if (profile.tenant() != null) {
            field("account.tenant", profile.tenant().name() + " (" + profile.tenant().code() + ")");
        }
    }

    private void field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Span text = new Span(value);
        text.addClassName("value");
        details.add(new Div(label, text));
    }
}
