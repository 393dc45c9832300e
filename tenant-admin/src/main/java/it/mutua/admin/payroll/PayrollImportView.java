package it.mutua.admin.payroll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.PayrollApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;

/**
 * "Importa paghe": the administrator uploads the payroll CSV, which is first checked (dry run) and reported line by
 * line in the user's language; after confirmation the real import runs and its progress is shown (the screen polls
 * the job while it runs).
 */
@Route(value = "importa-paghe", layout = MainLayout.class)
@RolesAllowed(Roles.COOP_ADMIN)
public class PayrollImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 600;
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final PayrollApi api;
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph summary = new Paragraph();
    private final Grid<PayrollApi.ReportLine> report = new Grid<>();
    private final Button importAll = new Button();
    private final Button importValid = new Button();
    private byte[] file;
    private String fileName;
    private PayrollApi.Job job;
    private Registration polling;

    @Inject
    public PayrollImportView(PayrollApi api) {
        this.api = api;
        this.upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
        configureUpload();
        configureReport();
        configureActions();
        add(new H2(getTranslation("payroll.title")), new Paragraph(getTranslation("payroll.help")), upload,
                status, progress, summary, new HorizontalLayout(importAll, importValid), report);
        show(ImportStep.UPLOAD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payroll.title");
    }

    private void configureUpload() {
        upload.setId("payroll-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.addFileRejectedListener(rejected -> Feedback.error(getTranslation("payroll.rejected")));
    }

    private void configureReport() {
        report.setId("payroll-report");
        report.addColumn(PayrollApi.ReportLine::line).setHeader(getTranslation("payroll.line")).setFlexGrow(0)
                .setAutoWidth(true);
        report.addColumn(PayrollApi.ReportLine::field).setHeader(getTranslation("payroll.field")).setAutoWidth(true);
        report.addColumn(line -> ImportStep.message(line, getLocale())).setHeader(getTranslation("payroll.problem"))
                .setFlexGrow(4);
        report.setAllRowsVisible(true);
        report.setEmptyStateText(getTranslation("payroll.no_problems"));
        progress.setWidth("min(32rem, 100%)");
        status.setId("payroll-status");
        summary.setId("payroll-summary");
    }

    private void configureActions() {
        importAll.setText(getTranslation("payroll.import_all"));
        importAll.setId("payroll-import");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClickListener(click -> Confirm.ask(getTranslation("payroll.confirm_title"),
                getTranslation("payroll.confirm_text", fileName), getTranslation("payroll.import_all"),
                getTranslation("action.cancel"), false, () -> start("all-or-nothing")));
        importValid.setText(getTranslation("payroll.import_valid"));
        importValid.setId("payroll-import-valid");
        importValid.addClickListener(click -> Confirm.ask(getTranslation("payroll.confirm_title"),
                getTranslation("payroll.confirm_valid_text", job.invalidLines()), getTranslation("payroll.import_valid"),
                getTranslation("action.cancel"), false, () -> start("valid-lines")));
    }

    /** Runs inside the UI's lock (the upload handler calls back through {@code UI.access}). */
    private void received(String name, byte[] bytes) {
        file = bytes;
        fileName = name;
        upload.clearFileList();
        start("dry-run");
    }

    private void start(String mode) {
        try {
            job = api.upload(file, fileName, mode, caller());
        } catch (ApiException e) {
            Feedback.failure(this, e);
            return;
        }
        report.setItems();
        summary.setText("");
        show(ImportStep.after(job));
        startPolling();
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(poll -> refresh());
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void refresh() {
        PayrollApi.JobReport current;
        try {
            current = api.job(job.id(), caller());
        } catch (ApiException e) {
            stopPolling();
            Feedback.failure(this, e);
            return;
        }
        job = current.job();
        ImportStep step = ImportStep.after(job);
        show(step);
        if (job.finished()) {
            stopPolling();
            report.setItems(current.report());
            summary.setText(getTranslation("payroll.summary", job.totalLines(), job.invalidLines(), job.hires(),
                    job.updates(), job.leavers(), job.unchanged()));
            if (current.failure() != null) {
                Feedback.error(ImportStep.message(current.failure(), getLocale()));
            }
        }
    }

    private void show(ImportStep step) {
        boolean running = step == ImportStep.CHECKING || step == ImportStep.IMPORTING;
        progress.setVisible(running);
        if (job != null) {
            progress.setValue(ImportStep.progress(job));
        }
        status.setText(getTranslation("payroll.step." + step.name()));
        importAll.setVisible(step == ImportStep.READY);
        importValid.setVisible(step == ImportStep.READY_WITH_PROBLEMS);
        upload.setVisible(!running);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (job != null && !job.finished()) {
            startPolling();
        }
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
