package it.mutua.admin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import it.mutua.admin.i18n.Languages;

import java.util.Optional;

/**
 * Installed on every UI (vaadin-cdi fires {@link ServiceInitEvent} as a CDI event): sets the
 * session's language, and before each navigation sends anonymous users to the login view and
 * refuses views the user's roles do not allow.
 */
@ApplicationScoped
public class AccessGuard {

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> prepare(init.getUI()));
    }

    private void prepare(UI ui) {
        ui.setLocale(Languages.of(ui.getSession()));
        Languages.markPage(ui);
        ui.addBeforeEnterListener(this::check);
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Optional<AuthenticatedUser> user = CurrentUser.get();
        if (ViewAccess.isAllowed(target, user)) {
            return;
        }
        if (user.isEmpty()) {
            event.forwardTo(LoginView.class);
        } else {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
