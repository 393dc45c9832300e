package it.mutua.admin.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiError;
import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.ApiMessages;
import it.mutua.admin.i18n.LanguageSwitch;
import it.mutua.admin.layout.Menu;

/**
 * Public login page: username and password checked by the API; the API's error (already in the
 * user's language) is shown above the button, its field violations next to the fields.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements LocaleChangeObserver, BeforeEnterObserver, HasDynamicTitle {

    private final Authenticator authenticator;
    private final Binder<Credentials> binder = new Binder<>(Credentials.class);
    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();
    private final Button submit = new Button();

    @Inject
    public LoginView(Authenticator authenticator) {
        this.authenticator = authenticator;
        configurePage();
        configureFields();
        bindFields();
        configureSubmit();
        add(new LanguageSwitch(), loginCard());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().ifPresent(user -> event.forwardTo(Menu.homeFor(user)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page_title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.name"));
        subtitle.setText(getTranslation("login.subtitle"));
        username.setLabel(getTranslation("login.username"));
        password.setLabel(getTranslation("login.password"));
        submit.setText(getTranslation("login.submit"));
        error.setVisible(false);
        if (username.isInvalid() || password.isInvalid()) {
            binder.validate();
        }
    }

    private void configurePage() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    }

    private void configureFields() {
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setWidthFull();
        username.setMaxLength(200);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        username.focus();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    private void bindFields() {
        binder.forField(username)
                .asRequired(context -> getTranslation("login.username.required"))
                .bind(Credentials::getUsername, Credentials::setUsername);
        binder.forField(password)
                .asRequired(context -> getTranslation("login.password.required"))
                .bind(Credentials::getPassword, Credentials::setPassword);
    }

    private void configureSubmit() {
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> attemptLogin());
    }

    private Card loginCard() {
        Card card = new Card();
        card.addClassName("login-card");
        card.add(title, subtitle, username, password, error, submit);
        return card;
    }

    private void attemptLogin() {
        try {
            Credentials credentials = new Credentials();
            binder.writeBean(credentials);
            authenticator.login(credentials.getUsername(), credentials.getPassword(), getLocale());
            getUI().ifPresent(ui -> ui.navigate(Menu.homeFor(CurrentUser.require())));
        } catch (ValidationException e) {
            error.setVisible(false);
        } catch (ApiException e) {
            showApiError(e);
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showApiError(ApiException e) {
        password.focus();
        error.setText(ApiMessages.describe(e, this::getTranslation));
        error.setVisible(true);
        e.error().violations().forEach(this::showViolation);
    }

    private void showViolation(ApiError.Violation violation) {
        switch (String.valueOf(violation.field())) {
            case "username" -> markInvalid(username, violation.message());
            case "password" -> markInvalid(password, violation.message());
            default -> { /* not a field of this form: the message above covers it */ }
        }
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
