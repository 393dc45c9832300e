package it.mutua.admin.tenant;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.NewUser;
import it.mutua.admin.api.Tenant;
import it.mutua.admin.api.UserAccount;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "Nuovo amministratore" of a tenant: a user with the administrator role of the tenant's kind. The password rule
 * (10–200 characters) is checked here too, so the user learns it before sending.
 */
class AdminUserDialog extends Dialog {

    static final int MIN_PASSWORD = 10;

    private final MutuaApi api;
    private final Tenant tenant;
    private final Supplier<Caller> caller;
    private final Binder<AdminUserForm> binder = new Binder<>(AdminUserForm.class);
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();

    AdminUserDialog(MutuaApi api, Tenant tenant, Supplier<Caller> caller) {
        this.api = api;
        this.tenant = tenant;
        this.caller = caller;
        setHeaderTitle(getTranslation("admin_form.title", tenant.name()));
        username.setLabel(getTranslation("admin_form.username"));
        username.setId("admin-form-username");
        displayName.setLabel(getTranslation("admin_form.display_name"));
        displayName.setId("admin-form-name");
        password.setLabel(getTranslation("admin_form.password"));
        password.setId("admin-form-password");
        password.setHelperText(getTranslation("admin_form.password_help", MIN_PASSWORD));
        binder.forField(username).asRequired(getTranslation("tenant_form.required"))
                .bind(AdminUserForm::getUsername, AdminUserForm::setUsername);
        binder.forField(displayName).asRequired(getTranslation("tenant_form.required"))
                .bind(AdminUserForm::getDisplayName, AdminUserForm::setDisplayName);
        binder.forField(password).asRequired(getTranslation("tenant_form.required"))
                .withValidator(p -> p.length() >= MIN_PASSWORD, getTranslation("admin_form.password_help", MIN_PASSWORD))
                .bind(AdminUserForm::getPassword, AdminUserForm::setPassword);
        binder.setBean(new AdminUserForm());
        FormLayout form = new FormLayout(username, displayName, password);
        add(form);
        Button save = new Button(getTranslation("action.create"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("admin-form-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        username.focus();
    }

    /** The administrator role of a tenant kind: national-admin for NATIONAL, coop-admin for COOPERATIVE, … */
    static String adminRoleOf(String kind) {
        return switch (String.valueOf(kind)) {
            case "NATIONAL" -> "national-admin";
            case "REGIONAL" -> "regional-admin";
            case "FEDERATION" -> "federation-admin";
            default -> "coop-admin";
        };
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        AdminUserForm form = binder.getBean();
        try {
            UserAccount created = api.createUser(new NewUser(form.getUsername().strip(), form.getDisplayName().strip(),
                    form.getPassword(), tenant.code(), List.of(adminRoleOf(tenant.kind()))), caller.get());
            close();
            Feedback.success(getTranslation("admin_form.created", created.username(), tenant.name()));
        } catch (ApiException e) {
            if (!FieldErrors.show(e, Map.of("username", username, "displayName", displayName, "password", password))) {
                Feedback.failure(this, e);
            }
        }
    }

    /** Form bean. */
    public static class AdminUserForm {
        private String username = "";
        private String displayName = "";
        private String password = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
