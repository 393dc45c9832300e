package it.mutua.admin.claimoffice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.ClaimData;
import it.mutua.admin.api.ClaimsApi;
import it.mutua.admin.api.RestCalls;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.Formats;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * "Lotti di pagamento": build a batch of every approved claim not yet paid (on an execution date), see each batch's
 * number of claims and total, download its SEPA pain.001 file and, once the bank has executed it, mark it paid
 * (asked first: the claims become final). The creation carries an idempotency key, so a double click builds one batch.
 */
@Route(value = "lotti-pagamento", layout = MainLayout.class)
@RolesAllowed(Roles.CLAIMS_OFFICER)
public class PaymentBatchesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimsApi api;
    private final DatePicker executionDate = new DatePicker();
    private final Grid<ClaimData.Batch> grid = new Grid<>();
    private String creationKey = UUID.randomUUID().toString();

    @Inject
    public PaymentBatchesView(ClaimsApi api) {
        this.api = api;
        add(new H2(getTranslation("batches.title")), new Paragraph(getTranslation("batches.help")), creation(), grid);
        configureGrid();
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("batches.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private Component creation() {
        executionDate.setLabel(getTranslation("batches.execution_date"));
        executionDate.setValue(LocalDate.now().plusDays(1));
        executionDate.setMin(LocalDate.now());
        executionDate.setId("batch-execution-date");
        Button create = new Button(getTranslation("batches.create"), VaadinIcon.PLUS.create(), click -> askCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("batch-create");
        HorizontalLayout bar = new HorizontalLayout(executionDate, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addColumn(ClaimData.Batch::id).setHeader(getTranslation("batches.col.number")).setWidth("4rem").setFlexGrow(0);
        grid.addColumn(ClaimData.Batch::messageId).setHeader(getTranslation("batches.col.message")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> getTranslation("batch_status." + b.status())).setHeader(getTranslation("batches.col.status")).setFlexGrow(1);
        grid.addColumn(ClaimData.Batch::claims).setHeader(getTranslation("batches.col.claims"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(b -> Formats.euros(b.total(), locale)).setHeader(getTranslation("batches.col.total"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(b -> Formats.date(b.executionDate())).setHeader(getTranslation("batches.col.execution")).setFlexGrow(2);
        grid.addColumn(b -> Formats.moment(b.createdAt()) + " · " + b.createdBy()).setHeader(getTranslation("batches.col.created")).setFlexGrow(2);
        grid.addColumn(b -> Formats.moment(b.paidAt())).setHeader(getTranslation("batches.col.paid")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("batches.none"));
        grid.setId("batches-grid");
        grid.setSizeFull();
    }

    private Component actions(ClaimData.Batch batch) {
        Caller who = caller();
        Anchor sepa = new Anchor(DownloadHandler.fromInputStream(event -> {
            RestCalls.Download file = api.sepa(batch.id(), who);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()),
                    file.fileName() == null ? "mutua-batch-" + batch.id() + ".xml" : file.fileName(), "application/xml",
                    file.bytes().length);
        }), getTranslation("batches.sepa"));
        sepa.getElement().setAttribute("download", true);
        sepa.setId("batch-sepa-" + batch.id());
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.DOWNLOAD_ALT.create(), sepa);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!"PAID".equals(batch.status())) {
            Button paid = new Button(getTranslation("batches.mark_paid"), click -> askPaid(batch));
            paid.addThemeVariants(ButtonVariant.LUMO_SMALL);
            paid.setId("batch-paid-" + batch.id());
            row.add(paid);
        } else {
            row.add(new Span(VaadinIcon.CHECK.create()));
        }
        return row;
    }

    private void askCreate() {
        if (executionDate.getValue() == null || executionDate.getValue().isBefore(LocalDate.now())) {
            executionDate.setErrorMessage(getTranslation("batches.date_future"));
            executionDate.setInvalid(true);
            return;
        }
        executionDate.setInvalid(false);
        Confirm.ask(getTranslation("batches.confirm_create"),
                getTranslation("batches.confirm_create_text", Formats.date(executionDate.getValue())),
                getTranslation("batches.create"), getTranslation("action.cancel"), false, this::create);
    }

    private void create() {
        try {
            ClaimData.Batch batch = api.createBatch(executionDate.getValue(), creationKey, caller());
            creationKey = UUID.randomUUID().toString();
            Feedback.success(getTranslation("batches.created", batch.id(), batch.claims(),
                    Formats.euros(batch.total(), getLocale())));
            refresh();
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private void askPaid(ClaimData.Batch batch) {
        Confirm.ask(getTranslation("batches.confirm_paid", batch.id()),
                getTranslation("batches.confirm_paid_text", batch.claims(), Formats.euros(batch.total(), getLocale())),
                getTranslation("batches.mark_paid"), getTranslation("action.cancel"), true, () -> {
                    try {
                        api.markPaid(batch.id(), caller());
                        Feedback.success(getTranslation("batches.paid", batch.id()));
                        refresh();
                    } catch (ApiException e) {
                        Feedback.failure(this, e);
                    }
                });
    }

    private void refresh() {
        try {
            grid.setItems(api.batches(caller()));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
