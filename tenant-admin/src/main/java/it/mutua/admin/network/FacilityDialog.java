package it.mutua.admin.network;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.ApiMessages;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.NetworkApi;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Adds a facility to the owner's network or changes one of its own; read-only for a facility owned by someone else.
 * Problems found by {@link FacilityForm} or by the API are shown next to their fields.
 */
class FacilityDialog extends Dialog {

    private final NetworkApi api;
    private final Supplier<Caller> caller;
    private final Runnable onSaved;
    private final Long id;
    private final Binder<FacilityForm> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph problem = new Paragraph();

    FacilityDialog(NetworkApi api, Supplier<Caller> caller, NetworkApi.Facility facility, boolean editable,
                   Runnable onSaved) {
        this.api = api;
        this.caller = caller;
        this.onSaved = onSaved;
        this.id = facility == null ? null : facility.id();
        setHeaderTitle(facility == null ? getTranslation("facility.new") : facility.name());
        FormLayout form = new FormLayout();
        form.add(text("name", FacilityForm::getName, FacilityForm::setName), text("legalEntity",
                FacilityForm::getLegalEntity, FacilityForm::setLegalEntity), text("vatNumber", FacilityForm::getVatNumber,
                FacilityForm::setVatNumber), typeSelect(), text("address", FacilityForm::getAddress, FacilityForm::setAddress),
                text("postalCode", FacilityForm::getPostalCode, FacilityForm::setPostalCode), text("municipalityCode",
                FacilityForm::getMunicipalityCode, FacilityForm::setMunicipalityCode), number("latitude",
                FacilityForm::getLatitude, FacilityForm::setLatitude), number("longitude", FacilityForm::getLongitude,
                FacilityForm::setLongitude), date("contractFrom", FacilityForm::getContractFrom, FacilityForm::setContractFrom),
                date("contractTo", FacilityForm::getContractTo, FacilityForm::setContractTo), cooperative(),
                text("cooperativeTenant", FacilityForm::getCooperativeTenant, FacilityForm::setCooperativeTenant));
        form.setWidth("min(48rem, 90vw)");
        problem.addClassName("form-error");
        problem.setVisible(false);
        add(form, problem);
        binder.readBean(facility == null ? new FacilityForm() : FacilityForm.of(facility));
        binder.setReadOnly(!editable);
        Button close = new Button(getTranslation(editable ? "action.cancel" : "facility.close"), click -> close());
        getFooter().add(close);
        if (editable) {
            Button save = new Button(getTranslation("facility.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("facility-save");
            getFooter().add(save);
        }
    }

    private TextField text(String name, com.vaadin.flow.function.ValueProvider<FacilityForm, String> get,
                           com.vaadin.flow.data.binder.Setter<FacilityForm, String> set) {
        TextField field = new TextField(getTranslation("facility." + name));
        field.setId("facility-" + name);
        binder.forField(field).bind(get, set);
        fields.put(name, field);
        return field;
    }

    private BigDecimalField number(String name, com.vaadin.flow.function.ValueProvider<FacilityForm, java.math.BigDecimal> get,
                                   com.vaadin.flow.data.binder.Setter<FacilityForm, java.math.BigDecimal> set) {
        BigDecimalField field = new BigDecimalField(getTranslation("facility." + name));
        field.setId("facility-" + name);
        binder.forField(field).bind(get, set);
        fields.put(name, field);
        return field;
    }

    private DatePicker date(String name, com.vaadin.flow.function.ValueProvider<FacilityForm, java.time.LocalDate> get,
                            com.vaadin.flow.data.binder.Setter<FacilityForm, java.time.LocalDate> set) {
        DatePicker field = new DatePicker(getTranslation("facility." + name));
        field.setId("facility-" + name);
        binder.forField(field).bind(get, set);
        fields.put(name, field);
        return field;
    }

    private Select<String> typeSelect() {
        Select<String> type = new Select<>();
        type.setLabel(getTranslation("facility.type"));
        type.setItems(FacilitiesView.TYPES);
        type.setItemLabelGenerator(t -> getTranslation("facility_type." + t));
        type.setId("facility-type");
        binder.forField(type).bind(FacilityForm::getType, FacilityForm::setType);
        fields.put("type", type);
        return type;
    }

    private Checkbox cooperative() {
        Checkbox box = new Checkbox(getTranslation("facility.cooperativeProvider"));
        box.setId("facility-cooperativeProvider");
        binder.forField(box).bind(FacilityForm::isCooperativeProvider, FacilityForm::setCooperativeProvider);
        return box;
    }

    private void save() {
        FacilityForm form = new FacilityForm();
        binder.writeBeanAsDraft(form, true);
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> {
                fields.get(field).setErrorMessage(getTranslation(key));
                fields.get(field).setInvalid(true);
            });
            return;
        }
        try {
            NetworkApi.Facility saved = id == null ? api.create(form.toRequest(), caller.get())
                    : api.update(id, form.toRequest(), caller.get());
            Feedback.success(getTranslation("facility.saved", saved.name()));
            close();
            onSaved.run();
        } catch (ApiException e) {
            if (e.isUnauthorized()) {
                Feedback.failure(this, e);
            } else if (!FieldErrors.show(e, fields)) {
                problem.setText(ApiMessages.describe(e, this::getTranslation));
                problem.setVisible(true);
            }
        }
    }
}
