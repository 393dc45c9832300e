package it.mutua.admin.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import it.mutua.admin.account.AccountView;
import it.mutua.admin.claimoffice.PaymentBatchesView;
import it.mutua.admin.claimoffice.SamplingRulesView;
import it.mutua.admin.claims.ClaimsQueueView;
import it.mutua.admin.claims.PreAuthorisationsView;
import it.mutua.admin.coverage.CoverageView;
import it.mutua.admin.network.FacilitiesView;
import it.mutua.admin.coverage.MyFamilyView;
import it.mutua.admin.members.MembersView;
import it.mutua.admin.myclaims.AccessLogView;
import it.mutua.admin.myclaims.MyClaimsView;
import it.mutua.admin.myclaims.SubmitClaimView;
import it.mutua.admin.payroll.ContributionsView;
import it.mutua.admin.payroll.PayrollImportView;
import it.mutua.admin.dashboard.DashboardView;
import it.mutua.admin.operations.MigrationsView;
import it.mutua.admin.plan.PlanView;
import it.mutua.admin.regional.RegionalWizardView;
import it.mutua.admin.security.AuthenticatedUser;
import it.mutua.admin.security.ViewAccess;
import it.mutua.admin.tenant.TenantsView;

import java.util.List;
import java.util.Optional;

/**
 * The side menu's entries, in order. Who sees an entry is decided by its view's annotations
 * ({@link ViewAccess}), so menu and access guard cannot disagree. New screens add a line here.
 */
public final class Menu {

    /** One menu entry: translation key of its label, icon, view. */
    public record Entry(String labelKey, VaadinIcon icon, Class<? extends Component> view) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("menu.dashboard", VaadinIcon.DASHBOARD, DashboardView.class),
            new Entry("menu.tenants", VaadinIcon.SITEMAP, TenantsView.class),
            new Entry("menu.plans", VaadinIcon.FILE_TEXT_O, PlanView.class),
            new Entry("menu.claims", VaadinIcon.INBOX, ClaimsQueueView.class),
            new Entry("menu.preauth", VaadinIcon.CLIPBOARD_CHECK, PreAuthorisationsView.class),
            new Entry("menu.batches", VaadinIcon.EURO, PaymentBatchesView.class),
            new Entry("menu.sampling", VaadinIcon.RANDOM, SamplingRulesView.class),
            new Entry("menu.network", VaadinIcon.HOSPITAL, FacilitiesView.class),
            new Entry("menu.coverage", VaadinIcon.HEART, CoverageView.class),
            new Entry("menu.regional", VaadinIcon.CLUSTER, RegionalWizardView.class),
            new Entry("menu.migrations", VaadinIcon.DATABASE, MigrationsView.class),
            new Entry("menu.members", VaadinIcon.USERS, MembersView.class),
            new Entry("menu.payroll_import", VaadinIcon.UPLOAD, PayrollImportView.class),
            new Entry("menu.contributions", VaadinIcon.EURO, ContributionsView.class),
            new Entry("menu.my_family", VaadinIcon.FAMILY, MyFamilyView.class),
            new Entry("menu.submit_claim", VaadinIcon.PLUS_CIRCLE, SubmitClaimView.class),
            new Entry("menu.my_claims", VaadinIcon.FILE_TEXT, MyClaimsView.class),
            new Entry("menu.access_log", VaadinIcon.EYE, AccessLogView.class),
            new Entry("menu.account", VaadinIcon.USER, AccountView.class));

    private Menu() {
    }

    /** The entries the user may open. */
    public static List<Entry> visibleTo(AuthenticatedUser user) {
        return ENTRIES.stream()
                .filter(entry -> ViewAccess.isAllowed(entry.view(), Optional.of(user)))
                .toList();
    }

    /** Where a user lands after login: the first entry they may open. */
    public static Class<? extends Component> homeFor(AuthenticatedUser user) {
        return visibleTo(user).stream().findFirst().map(Entry::view).orElse(AccountView.class);
    }
}
