package it.mutua.admin.operations;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MigrationOverview;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * "Migrazioni": the schema version the code expects, the latest run of the tenant migration runner with a progress bar
 * (polled every two seconds while it runs), and for the national administrator the button that starts a run.
 */
@Route(value = "migrazioni", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.AUDITOR})
public class MigrationsView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 2000;

    private final MutuaApi api;
    private final Paragraph target = new Paragraph();
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div details = new Div();
    private final Button start = new Button(VaadinIcon.PLAY.create());
    private Registration polling;

    @Inject
    public MigrationsView(MutuaApi api) {
        this.api = api;
        status.setId("migration-status");
        details.addClassName("tenant-details");
        start.setText(getTranslation("migrations.start"));
        start.setId("migration-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setVisible(CurrentUser.require().hasRole(Roles.NATIONAL_ADMIN));
        start.addClickListener(click -> Confirm.ask(getTranslation("migrations.confirm_title"),
                getTranslation("migrations.confirm_text"), getTranslation("migrations.start"),
                getTranslation("action.cancel"), false, this::startRun));
        add(new H2(getTranslation("migrations.title")), target, status, progress, details, start);
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("migrations.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        polling.remove();
    }

    private void startRun() {
        try {
            show(api.startMigration(caller()));
            Feedback.success(getTranslation("migrations.started"));
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private void refresh() {
        try {
            show(api.migrations(caller()));
        } catch (ApiException e) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            Feedback.failure(this, e);
        }
    }

    private void show(MigrationOverview overview) {
        target.setText(getTranslation("migrations.target", overview.targetVersion()));
        MigrationOverview.Run run = overview.latest();
        details.removeAll();
        if (run == null) {
            status.setText(getTranslation("migrations.never"));
            progress.setVisible(false);
            return;
        }
        status.setText(getTranslation("migrations.status." + statusKey(run.status())));
        progress.setVisible(true);
        progress.setValue(run.progress());
        field("migrations.total", Integer.toString(run.total()));
        field("migrations.migrated", Integer.toString(run.migrated()));
        field("migrations.skipped", Integer.toString(run.skipped()));
        field("migrations.failed", Integer.toString(run.failed()));
        field("migrations.started_at", time(run.startedAt()));
        field("migrations.finished_at", time(run.finishedAt()));
        if (run.lastError() != null) {
            field("migrations.last_error", run.lastError());
        }
        boolean running = run.running();
        start.setEnabled(!running);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
    }

    static String statusKey(String status) {
        return switch (String.valueOf(status)) {
            case "RUNNING" -> "running";
            case "COMPLETED", "SUCCEEDED", "DONE" -> "completed";
            case "FAILED" -> "failed";
            default -> "other";
        };
    }

    private String time(OffsetDateTime at) {
        return at == null ? "—" : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    private void field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Span text = new Span(value);
        text.addClassName("value");
        details.add(new Div(label, text));
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
