package it.mutua.admin.myclaims;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiError;
import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.MyClaimsApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.plan.PlanModel;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Chiedi un rimborso" on a phone: for whom (me or a covered relative), the benefit of my plan, where (a network
 * facility found by name, another provider, an SSN ticket), date, amount, invoice number and date, the IBAN, and the
 * invoice as a photo or PDF. Required fields are checked before sending; the API's reasons go next to their fields.
 * After sending, the file is attached and the member lands on "I miei rimborsi".
 */
@Route(value = "nuovo-rimborso", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class SubmitClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final long MAX_FILE = 10L * 1024 * 1024;

    private final MyClaimsApi claims;
    private final MembersApi members;
    private final MutuaApi plans;
    private final Binder<ClaimForm> binder = new Binder<>(ClaimForm.class);
    private final ComboBox<String> patient = new ComboBox<>();
    private final ComboBox<String> benefit = new ComboBox<>();
    private final RadioButtonGroup<ClaimForm.Where> where = new RadioButtonGroup<>();
    private final ComboBox<MyClaimsApi.Facility> facility = new ComboBox<>();
    private final TextField provider = new TextField();
    private final DatePicker serviceDate = new DatePicker();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField invoiceNumber = new TextField();
    private final DatePicker invoiceDate = new DatePicker();
    private final TextField iban = new TextField();
    private final Upload upload;
    private final Span fileError = new Span();
    private final Map<String, String> people = new LinkedHashMap<>();
    private byte[] file;
    private String fileName;

    @Inject
    public SubmitClaimView(MyClaimsApi claims, MembersApi members, MutuaApi plans) {
        this.claims = claims;
        this.members = members;
        this.plans = plans;
        this.upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            file = bytes;
            fileName = meta.fileName();
            fileError.setVisible(false);
        }));
        configureFields();
        configureUpload();
        bind();
        addClassName("phone-form");
        add(new H2(getTranslation("claim_form.title")), new Paragraph(getTranslation("claim_form.help")), form(),
                sendButton());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim_form.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = caller();
        try {
            MembersApi.Detail me = members.me(caller);
            people.clear();
            people.put(me.member().fiscalCode(), me.member().fullName());
            me.family().stream().filter(r -> r.periods().stream().anyMatch(p -> p.endDate() == null
                            || !p.endDate().isBefore(LocalDate.now().minusYears(2))))
                    .forEach(r -> people.put(r.member().fiscalCode(), r.member().fullName()));
            patient.setItems(List.copyOf(people.keySet()));
            ClaimForm bean = new ClaimForm();
            bean.setPatient(me.member().fiscalCode());
            bean.setIban(me.member().iban());
            bean.setPayeeName(me.member().fullName());
            bean.setServiceDate(LocalDate.now());
            bean.setInvoiceDate(LocalDate.now());
            me.periods().stream().filter(p -> p.coversOn(LocalDate.now())).findFirst().ifPresent(p -> {
                PlanModel plan = PlanModel.of(plans.effectivePlan(p.planCode(), null, LocalDate.now(), caller));
                benefit.setItems(List.copyOf(plan.benefitNames().keySet()));
                benefit.setItemLabelGenerator(code -> plan.benefitNames().getOrDefault(code, code));
            });
            binder.setBean(bean);
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(patient, benefit, where, facility, provider, serviceDate, amount,
                invoiceNumber, invoiceDate, iban, upload, fileError);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(where, 2);
        form.setColspan(upload, 2);
        form.setColspan(fileError, 2);
        return form;
    }

    private Button sendButton() {
        Button send = new Button(getTranslation("claim_form.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("claim-send");
        send.setWidthFull();
        return send;
    }

    private void configureFields() {
        patient.setLabel(getTranslation("claim_form.patient"));
        patient.setId("claim-patient");
        patient.setItemLabelGenerator(cf -> people.getOrDefault(cf, cf));
        benefit.setLabel(getTranslation("claim_form.benefit"));
        benefit.setId("claim-benefit");
        where.setLabel(getTranslation("claim_form.where"));
        where.setId("claim-where");
        where.setItems(ClaimForm.Where.values());
        where.setItemLabelGenerator(w -> getTranslation("claim_form.where." + w.name()));
        where.addValueChangeListener(change -> showProviderFields(change.getValue()));
        facility.setLabel(getTranslation("claim_form.facility"));
        facility.setId("claim-facility");
        facility.setHelperText(getTranslation("claim_form.facility_help"));
        facility.setItemLabelGenerator(f -> f.name() + (f.address() == null ? "" : " – " + f.address()));
        facility.setItems(query -> {
            String text = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            return text.strip().length() < 2 || offset > 0 ? java.util.stream.Stream.empty()
                    : claims.facilities(text, caller()).stream().limit(limit);
        });
        provider.setLabel(getTranslation("claim_form.provider"));
        provider.setId("claim-provider");
        provider.setMaxLength(200);
        serviceDate.setLabel(getTranslation("claim_form.service_date"));
        serviceDate.setId("claim-serviceDate");
        serviceDate.setMax(LocalDate.now());
        amount.setLabel(getTranslation("claim_form.amount"));
        amount.setId("claim-amount");
        amount.setSuffixComponent(new Span("€"));
        invoiceNumber.setLabel(getTranslation("claim_form.invoice_number"));
        invoiceNumber.setId("claim-invoiceNumber");
        invoiceDate.setLabel(getTranslation("claim_form.invoice_date"));
        invoiceDate.setId("claim-invoiceDate");
        invoiceDate.setMax(LocalDate.now());
        iban.setLabel(getTranslation("claim_form.iban"));
        iban.setId("claim-iban");
        showProviderFields(ClaimForm.Where.NETWORK);
    }

    private void configureUpload() {
        upload.setId("claim-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(rejected -> showFileError(getTranslation("claim_form.file_rejected")));
        upload.addFileRemovedListener(removed -> file = null);
        fileError.addClassName("field-error");
        fileError.getStyle().set("color", "var(--lumo-error-text-color)");
        fileError.setVisible(false);
    }

    private void showProviderFields(ClaimForm.Where chosen) {
        facility.setVisible(chosen == ClaimForm.Where.NETWORK);
        provider.setVisible(chosen != ClaimForm.Where.NETWORK);
    }

    private void bind() {
        String required = getTranslation("claim_form.required");
        binder.forField(patient).asRequired(required).bind(ClaimForm::getPatient, ClaimForm::setPatient);
        binder.forField(benefit).asRequired(required).bind(ClaimForm::getBenefit, ClaimForm::setBenefit);
        binder.forField(where).asRequired(required).bind(ClaimForm::getWhere, ClaimForm::setWhere);
        binder.forField(facility)
                .withValidator(f -> where.getValue() != ClaimForm.Where.NETWORK || f != null, required)
                .bind(ClaimForm::getFacility, ClaimForm::setFacility);
        binder.forField(provider)
                .withValidator(p -> where.getValue() == ClaimForm.Where.NETWORK || !p.isBlank(), required)
                .bind(ClaimForm::getProvider, ClaimForm::setProvider);
        binder.forField(serviceDate).asRequired(required).bind(ClaimForm::getServiceDate, ClaimForm::setServiceDate);
        binder.forField(amount).asRequired(required)
                .withValidator(a -> a.signum() > 0, getTranslation("claim_form.amount_positive"))
                .withValidator(a -> a.stripTrailingZeros().scale() <= 2, getTranslation("claim_form.amount_cents"))
                .bind(ClaimForm::getAmount, ClaimForm::setAmount);
        binder.forField(invoiceNumber).asRequired(required).bind(ClaimForm::getInvoiceNumber, ClaimForm::setInvoiceNumber);
        binder.forField(invoiceDate).asRequired(required).bind(ClaimForm::getInvoiceDate, ClaimForm::setInvoiceDate);
        binder.forField(iban).asRequired(required).bind(ClaimForm::getIban, ClaimForm::setIban);
    }

    private void send() {
        boolean valid = binder.validate().isOk();
        if (file == null) {
            showFileError(getTranslation("claim_form.file_required"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        MyClaimsApi.Claim claim;
        try {
            claim = claims.submit(binder.getBean().toRequest(), caller());
        } catch (ApiException e) {
            if (!showNextToFields(e)) {
                Feedback.failure(this, e);
            }
            return;
        }
        try {
            claims.attach(claim.id(), fileName, file, caller());
        } catch (ApiException e) {
            Feedback.error(getTranslation("claim_form.attach_failed", claim.id()) + " " + e.error().message());
        }
        Feedback.success(getTranslation("claim_form.sent", claim.id()));
        getUI().ifPresent(ui -> ui.navigate(MyClaimsView.class));
    }

    private boolean showNextToFields(ApiException e) {
        Map<String, HasValidation> fields = Map.of("fiscalCode", patient, "benefit", benefit, "serviceDate",
                serviceDate, "invoiced", amount, "invoiceNumber", invoiceNumber, "invoiceDate", invoiceDate, "iban", iban,
                "provider", provider, "facility", facility, "regime", where);
        boolean shown = false;
        for (ApiError.Violation v : e.error().violations()) {
            HasValidation field = fields.get(ClaimForm.fieldOf(v.field()));
            if (field != null) {
                field.setErrorMessage(v.message());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    private void showFileError(String text) {
        fileError.setText(text);
        fileError.setVisible(true);
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
