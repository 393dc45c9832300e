package it.mutua.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.ApiMessages;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.LoginView;

/**
 * How views report the outcome of an API call: success and error notifications (errors stay until closed, with the
 * API's message in the user's language); an expired or revoked token sends the user back to the login page.
 */
public final class Feedback {

    private static final int SUCCESS_MILLIS = 4000;

    private Feedback() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void failure(Component source, ApiException e) {
        if (e.isUnauthorized()) {
            CurrentUser.forget();
            UI.getCurrent().navigate(LoginView.class);
            return;
        }
        error(ApiMessages.describe(e, source::getTranslation));
    }

    public static void error(String text) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(8000);
        n.setText(text);
        n.getElement().setAttribute("role", "alert");
        n.open();
    }
}
