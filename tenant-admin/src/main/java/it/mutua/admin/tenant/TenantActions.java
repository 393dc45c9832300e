package it.mutua.admin.tenant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.PageRequest;
import it.mutua.admin.api.Tenant;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The actions on the tenant shown: only those the user's role may do there (the API checks again). Suspending asks
 * first; reactivating too, since users of the tenant regain access at once.
 */
class TenantActions extends HorizontalLayout implements LocaleChangeObserver {

    private final MutuaApi api;
    private final Supplier<Caller> caller;
    private final Consumer<String> open;
    private final Runnable reload;
    private final Button newTenant = new Button(VaadinIcon.PLUS.create());
    private final Button newAdmin = new Button(VaadinIcon.USER_CHECK.create());
    private final Button suspend = new Button(VaadinIcon.BAN.create());
    private final Button reactivate = new Button(VaadinIcon.PLAY.create());
    private final Button plan = new Button(VaadinIcon.FILE_TEXT_O.create());
    private Tenant tenant;

    TenantActions(MutuaApi api, Supplier<Caller> caller, Consumer<String> open, Runnable reload) {
        this.api = api;
        this.caller = caller;
        this.open = open;
        this.reload = reload;
        setWrap(true);
        newTenant.setId("tenant-new");
        newAdmin.setId("tenant-new-admin");
        suspend.setId("tenant-suspend");
        reactivate.setId("tenant-reactivate");
        plan.setId("tenant-plan");
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        newTenant.addClickListener(click -> openTenantDialog());
        newAdmin.addClickListener(click -> new AdminUserDialog(api, tenant, caller).open());
        suspend.addClickListener(click -> Confirm.ask(getTranslation("tenant_actions.suspend_title", tenant.name()),
                getTranslation("tenant_actions.suspend_text"), getTranslation("tenant_actions.suspend"),
                getTranslation("action.cancel"), true, () -> change(true)));
        reactivate.addClickListener(click -> Confirm.ask(getTranslation("tenant_actions.reactivate_title", tenant.name()),
                getTranslation("tenant_actions.reactivate_text"), getTranslation("tenant_actions.reactivate"),
                getTranslation("action.cancel"), false, () -> change(false)));
        plan.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("piani", QueryParameters.of("tenant", tenant.code()))));
        add(newTenant, newAdmin, suspend, reactivate, plan);
    }

    void show(Tenant shown) {
        this.tenant = shown;
        AuthenticatedUser user = CurrentUser.require();
        boolean ownTenant = shown.code().equals(user.profile().tenant().code());
        boolean territorialAdmin = user.hasRole(Roles.NATIONAL_ADMIN) || user.hasRole(Roles.REGIONAL_ADMIN);
        newTenant.setVisible(!kindsBelow(user, shown).isEmpty());
        newAdmin.setVisible(territorialAdmin || (ownTenant && isAdmin(user)));
        suspend.setVisible(territorialAdmin && !ownTenant && "ACTIVE".equals(shown.status()));
        reactivate.setVisible(territorialAdmin && !ownTenant && "SUSPENDED".equals(shown.status()));
        plan.setVisible("COOPERATIVE".equals(shown.kind()) || ownTenant);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        newTenant.setText(getTranslation("tenant_actions.new_tenant"));
        newAdmin.setText(getTranslation("tenant_actions.new_admin"));
        suspend.setText(getTranslation("tenant_actions.suspend"));
        reactivate.setText(getTranslation("tenant_actions.reactivate"));
        plan.setText(getTranslation("tenant_actions.plan"));
    }

    /** Kinds the user may create below the shown tenant (regional mutuals are constituted with the wizard). */
    static List<String> kindsBelow(AuthenticatedUser user, Tenant shown) {
        boolean national = user.hasRole(Roles.NATIONAL_ADMIN);
        return switch (String.valueOf(shown.kind())) {
            case "NATIONAL" -> national ? List.of("COOPERATIVE", "FEDERATION") : List.of();
            case "REGIONAL" -> national || user.hasRole(Roles.REGIONAL_ADMIN) ? List.of("COOPERATIVE") : List.of();
            default -> List.of();
        };
    }

    private static boolean isAdmin(AuthenticatedUser user) {
        return user.hasRole(Roles.FEDERATION_ADMIN) || user.hasRole(Roles.COOP_ADMIN);
    }

    private void openTenantDialog() {
        AuthenticatedUser user = CurrentUser.require();
        new TenantDialog(api, tenant, kindsBelow(user, tenant), federations(user), caller, created -> open.accept(created.code()))
                .open();
    }

    /** Federation codes for the form: the national administrator can list them; others type the code. */
    private List<String> federations(AuthenticatedUser user) {
        if (!user.hasRole(Roles.NATIONAL_ADMIN)) {
            return List.of();
        }
        try {
            return api.children(user.profile().tenant().code(), PageRequest.of(0, 100), "FEDERATION", null, caller.get())
                    .items().stream().map(Tenant::code).toList();
        } catch (ApiException e) {
            return List.of();
        }
    }

    private void change(boolean suspending) {
        try {
            Tenant changed = suspending ? api.suspend(tenant.code(), caller.get()) : api.reactivate(tenant.code(), caller.get());
            Feedback.success(getTranslation(suspending ? "tenant_actions.suspended" : "tenant_actions.reactivated",
                    changed.name()));
            reload.run();
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }
}
