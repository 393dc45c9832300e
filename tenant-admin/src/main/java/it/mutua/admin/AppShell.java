package it.mutua.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings. The Lumo theme is loaded as plain style sheets (Vaadin 25 style), not with
 * {@code @Theme}: a theme folder would make the production build compile a new frontend bundle,
 * which needs Node/npm from the internet; style sheets keep the pre-compiled bundle valid.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/mutua.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Mutua");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
