package it.mutua.admin.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import jakarta.inject.Inject;

import it.mutua.admin.i18n.LanguageSwitch;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.Authenticator;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.LoginView;

import java.util.ArrayList;
import java.util.List;

/**
 * Shell of every logged-in view: drawer with the role-aware menu, header with the user's name,
 * tenant, language switch and logout. Only entered by logged-in users (the access guard).
 */
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final Authenticator authenticator;
    private final AuthenticatedUser user;
    private final Span appName = new Span();
    private final Span userName = new Span();
    private final Span tenantName = new Span();
    private final Button logout = new Button(VaadinIcon.SIGN_OUT.create());
    private final List<MenuLabel> menuLabels = new ArrayList<>();

    @Inject
    public MainLayout(Authenticator authenticator) {
        this.authenticator = authenticator;
        this.user = CurrentUser.require();
        configureLogout();
        addToNavbar(new DrawerToggle(), appName, userBox());
        addToDrawer(sideNav());
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        appName.setText(getTranslation("app.title"));
        logout.setText(getTranslation("layout.logout"));
        menuLabels.forEach(MenuLabel::translate);
    }

    private void configureLogout() {
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> {
            authenticator.logout();
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
    }

    private HorizontalLayout userBox() {
        appName.addClassName("app-title");
        userName.setText(user.displayName());
        userName.addClassName("user-name");
        tenantName.setText(user.profile().tenant() == null ? "" : user.profile().tenant().name());
        tenantName.addClassName("tenant-name");
        HorizontalLayout box = new HorizontalLayout(userName, tenantName, new LanguageSwitch(), logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("user-box");
        return box;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        Menu.visibleTo(user).forEach(entry -> nav.addItem(menuItem(entry)));
        return nav;
    }

    private SideNavItem menuItem(Menu.Entry entry) {
        SideNavItem item = new SideNavItem("", entry.view(), entry.icon().create());
        menuLabels.add(new MenuLabel(item, entry.labelKey()));
        return item;
    }

    /** A menu item and its translation key, relabelled on language change. */
    private record MenuLabel(SideNavItem item, String key) {
        void translate() {
            item.setLabel(item.getTranslation(key));
        }
    }
}
