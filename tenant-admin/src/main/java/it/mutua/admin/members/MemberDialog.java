package it.mutua.admin.members;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A worker-member's form: new (with the codice fiscale checked while typing) or existing (the codice fiscale is the
 * key and cannot change), with the family panel and the end of employment, which asks for confirmation because the
 * whole family unit loses its coverage. The API's violations go next to their fields.
 */
class MemberDialog extends Dialog {

    static final List<String> CONTRACTS = List.of("PERMANENT", "FIXED_TERM", "APPRENTICESHIP", "SEASONAL", "OTHER");

    private final MembersApi api;
    private final Supplier<Caller> caller;
    private final Runnable onChange;
    private final MembersApi.Detail existing;
    private final Binder<MemberForm> binder = new Binder<>(MemberForm.class);
    private final TextField fiscalCode = field("fiscalCode", "members.fiscal_code");
    private final TextField givenName = field("givenName", "members.given_name");
    private final TextField familyName = field("familyName", "members.family_name");
    private final DatePicker birthDate = new DatePicker();
    private final ComboBox<String> sex = new ComboBox<>();
    private final EmailField email = new EmailField();
    private final TextField phone = field("phone", "members.phone");
    private final TextField street = field("street", "members.street");
    private final TextField postcode = field("postcode", "members.postcode");
    private final TextField municipality = field("municipality", "members.municipality");
    private final TextField iban = field("iban", "members.iban");
    private final DatePicker hireDate = new DatePicker();
    private final ComboBox<String> contractType = new ComboBox<>();

    MemberDialog(MembersApi api, MembersApi.Detail existing, Supplier<Caller> caller, Runnable onChange) {
        this.api = api;
        this.existing = existing;
        this.caller = caller;
        this.onChange = onChange;
        setId("member-dialog");
        setHeaderTitle(existing == null ? getTranslation("members.new")
                : existing.member().fullName() + " – " + existing.member().fiscalCode());
        setWidth("min(56rem, 100vw)");
        configureFields();
        bind();
        add(form());
        if (existing != null && existing.holderFiscalCode() == null) {
            add(new FamilyPanel(api, existing, caller));
        }
        footer();
        binder.setBean(existing == null ? new MemberForm() : MemberForm.of(existing.member()));
        fiscalCode.setReadOnly(existing != null);
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(fiscalCode, givenName, familyName, birthDate, sex, hireDate, contractType,
                email, phone, iban, street, postcode, municipality);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("48em", 3));
        return form;
    }

    private void footer() {
        Button save = new Button(getTranslation(existing == null ? "action.create" : "members.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("member-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (existing != null && existing.member().endDate() == null && existing.member().hireDate() != null
                && existing.holderFiscalCode() == null) {
            Button end = new Button(getTranslation("members.end"), click -> askEnd());
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            end.setId("member-end");
            getFooter().add(end);
        }
        getFooter().add(cancel, save);
    }

    private void configureFields() {
        fiscalCode.setMaxLength(20);
        fiscalCode.setValueChangeMode(ValueChangeMode.LAZY);
        fiscalCode.setHelperText(getTranslation("members.fiscal_code_help"));
        birthDate.setLabel(getTranslation("members.birth_date"));
        birthDate.setId("birthDate");
        sex.setLabel(getTranslation("members.sex"));
        sex.setId("sex");
        sex.setItems("F", "M");
        sex.setItemLabelGenerator(s -> getTranslation("members.sex." + s));
        email.setLabel(getTranslation("members.email"));
        email.setId("email");
        municipality.setHelperText(getTranslation("members.municipality_help"));
        hireDate.setLabel(getTranslation("members.hire_date"));
        hireDate.setId("hireDate");
        // dates are typed from the employment documents: the calendar opens from its button, not on every keystroke
        hireDate.setAutoOpen(false);
        contractType.setLabel(getTranslation("members.contract"));
        contractType.setId("contractType");
        contractType.setItems(CONTRACTS);
        contractType.setItemLabelGenerator(c -> getTranslation("members.contract." + c));
    }

    private void bind() {
        String required = getTranslation("members.required");
        binder.forField(fiscalCode)
                .withValidator((value, context) -> existing != null ? ValidationResult.ok()
                        : FiscalCodeHint.problem(value).map(key -> ValidationResult.error(getTranslation(key)))
                        .orElse(ValidationResult.ok()))
                .bind(MemberForm::getFiscalCode, MemberForm::setFiscalCode);
        binder.forField(givenName).asRequired(required).bind(MemberForm::getGivenName, MemberForm::setGivenName);
        binder.forField(familyName).asRequired(required).bind(MemberForm::getFamilyName, MemberForm::setFamilyName);
        binder.forField(birthDate).bind(MemberForm::getBirthDate, MemberForm::setBirthDate);
        binder.forField(sex).bind(MemberForm::getSex, MemberForm::setSex);
        binder.forField(email).bind(MemberForm::getEmail, MemberForm::setEmail);
        binder.forField(phone).bind(MemberForm::getPhone, MemberForm::setPhone);
        binder.forField(street).bind(MemberForm::getStreet, MemberForm::setStreet);
        binder.forField(postcode).bind(MemberForm::getPostcode, MemberForm::setPostcode);
        binder.forField(municipality).bind(MemberForm::getMunicipality, MemberForm::setMunicipality);
        binder.forField(iban).bind(MemberForm::getIban, MemberForm::setIban);
        binder.forField(hireDate).bind(MemberForm::getHireDate, MemberForm::setHireDate);
        binder.forField(contractType).bind(MemberForm::getContractType, MemberForm::setContractType);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            MembersApi.Member saved = existing == null
                    ? api.register(binder.getBean().toBody(), caller.get())
                    : api.update(existing.member().fiscalCode(), binder.getBean().toBody(), caller.get());
            close();
            Feedback.success(getTranslation(existing == null ? "members.created" : "members.saved", saved.fullName()));
            onChange.run();
        } catch (ApiException e) {
            if (!FieldErrors.show(e, fieldsByApiName())) {
                Feedback.failure(this, e);
            }
        }
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fieldsByApiName() {
        return Map.ofEntries(Map.entry("fiscalCode", fiscalCode), Map.entry("fiscal_code", fiscalCode),
                Map.entry("givenName", givenName), Map.entry("familyName", familyName),
                Map.entry("birthDate", birthDate), Map.entry("sex", sex), Map.entry("email", email),
                Map.entry("phone", phone), Map.entry("iban", iban), Map.entry("hireDate", hireDate),
                Map.entry("contractType", contractType), Map.entry("address.street", street),
                Map.entry("address.postcode", postcode), Map.entry("address.municipality", municipality));
    }

    private void askEnd() {
        new EndDialog(getTranslation("members.end_title", existing.member().fullName()),
                getTranslation("members.end_text"), lastDay -> {
            try {
                api.end(existing.member().fiscalCode(), lastDay, caller.get());
                close();
                Feedback.success(getTranslation("members.ended", existing.member().fullName()));
                onChange.run();
            } catch (ApiException e) {
                Feedback.failure(this, e);
            }
        }).open();
    }

    private TextField field(String id, String labelKey) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        return f;
    }

    /** Asks the last day, then confirms: ending coverage cannot be undone from here. */
    static final class EndDialog extends Dialog {

        EndDialog(String title, String text, java.util.function.Consumer<LocalDate> onConfirmed) {
            setHeaderTitle(title);
            DatePicker day = new DatePicker(getTranslation("members.last_day"), LocalDate.now());
            day.setId("end-date");
            add(day);
            Button next = new Button(getTranslation("members.end"), click -> {
                if (day.getValue() == null) {
                    day.setErrorMessage(getTranslation("members.required"));
                    day.setInvalid(true);
                    return;
                }
                close();
                Confirm.ask(title, text, getTranslation("members.end"), getTranslation("action.cancel"), true,
                        () -> onConfirmed.accept(day.getValue()));
            });
            next.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            next.setId("end-next");
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), next);
        }
    }
}
