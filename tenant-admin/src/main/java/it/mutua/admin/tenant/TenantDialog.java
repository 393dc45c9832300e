package it.mutua.admin.tenant;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MutuaApi;
import it.mutua.admin.api.Tenant;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * "Nuovo ente" under a national or regional tenant: the fields the chosen kind needs, required ones checked in the
 * browser, the API's own violations (code taken, partita IVA invalid, …) shown next to their fields. Enter saves,
 * Esc closes.
 */
class TenantDialog extends Dialog {

    private final MutuaApi api;
    private final Tenant parent;
    private final Supplier<Caller> caller;
    private final Consumer<Tenant> onCreated;
    private final Binder<TenantForm> binder = new Binder<>(TenantForm.class);
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField code = new TextField();
    private final TextField vatNumber = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> federation = new ComboBox<>();
    private final Select<String> sector = new Select<>();
    private boolean codeEdited;

    TenantDialog(MutuaApi api, Tenant parent, List<String> kinds, List<String> federations, Supplier<Caller> caller,
                 Consumer<Tenant> onCreated) {
        this.api = api;
        this.parent = parent;
        this.caller = caller;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("tenant_form.title", parent.name()));
        configureFields(kinds, federations);
        bind();
        FormLayout form = new FormLayout(kind, name, code, vatNumber, region, federation, sector);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(kind, 2);
        add(form);
        Button save = new Button(getTranslation("action.create"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("tenant-form-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        TenantForm bean = new TenantForm();
        bean.setKind(kinds.get(0));
        if ("REGIONAL".equals(parent.kind())) {
            bean.setRegion(parent.region());
        }
        binder.setBean(bean);
        showFieldsOf(kind.getValue());
        name.focus();
    }

    private void configureFields(List<String> kinds, List<String> federations) {
        kind.setLabel(getTranslation("tenant.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> TenantLabels.kind(this, k));
        kind.setVisible(kinds.size() > 1);
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        name.setLabel(getTranslation("tenant.name"));
        name.setId("tenant-form-name");
        name.setMaxLength(200);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(change -> {
            if (!codeEdited) {
                code.setValue(TenantForm.suggestCode(change.getValue()));
            }
        });
        code.setLabel(getTranslation("tenant.code"));
        code.setId("tenant-form-code");
        code.setHelperText(getTranslation("tenant_form.code_help"));
        code.setMaxLength(TenantForm.MAX_CODE);
        code.addValueChangeListener(change -> codeEdited |= change.isFromClient());
        vatNumber.setLabel(getTranslation("tenant.vat_number"));
        vatNumber.setId("tenant-form-vat");
        vatNumber.setMaxLength(16);
        region.setLabel(getTranslation("tenant.region"));
        region.setId("tenant-form-region");
        region.setItems(Regions.CODES);
        region.setItemLabelGenerator(Regions::label);
        region.setReadOnly("REGIONAL".equals(parent.kind()));
        federation.setLabel(getTranslation("tenant.federation"));
        federation.setId("tenant-form-federation");
        federation.setItems(federations);
        federation.setAllowCustomValue(federations.isEmpty());
        federation.addCustomValueSetListener(custom -> federation.setValue(custom.getDetail()));
        sector.setLabel(getTranslation("tenant.sector"));
        sector.setItems(TenantLabels.SECTORS);
        sector.setItemLabelGenerator(s -> TenantLabels.sector(this, s));
    }

    private void bind() {
        binder.forField(kind).bind(TenantForm::getKind, TenantForm::setKind);
        binder.forField(name).asRequired(getTranslation("tenant_form.required")).bind(TenantForm::getName, TenantForm::setName);
        binder.forField(code).asRequired(getTranslation("tenant_form.required")).bind(TenantForm::getCode, TenantForm::setCode);
        binder.forField(vatNumber).withValidator(requiredIf(TenantForm::needsVatNumber), getTranslation("tenant_form.required"))
                .bind(TenantForm::getVatNumber, TenantForm::setVatNumber);
        binder.forField(region).withValidator(requiredIf(TenantForm::needsRegion), getTranslation("tenant_form.required"))
                .bind(TenantForm::getRegion, TenantForm::setRegion);
        binder.forField(federation).withValidator(requiredIf(TenantForm::needsFederation), getTranslation("tenant_form.required"))
                .bind(TenantForm::getFederation, TenantForm::setFederation);
        binder.forField(sector).withValidator(requiredIf(TenantForm::needsSector), getTranslation("tenant_form.required"))
                .bind(TenantForm::getSector, TenantForm::setSector);
    }

    private <T> com.vaadin.flow.function.SerializablePredicate<T> requiredIf(Predicate<String> needed) {
        return value -> !needed.test(kind.getValue()) || (value != null && !value.toString().isBlank());
    }

    private void showFieldsOf(String chosen) {
        vatNumber.setVisible(TenantForm.needsVatNumber(chosen));
        region.setVisible(TenantForm.needsRegion(chosen));
        federation.setVisible(TenantForm.needsFederation(chosen));
        sector.setVisible(TenantForm.needsSector(chosen));
        vatNumber.setRequiredIndicatorVisible(vatNumber.isVisible());
        region.setRequiredIndicatorVisible(region.isVisible());
        federation.setRequiredIndicatorVisible(federation.isVisible());
        sector.setRequiredIndicatorVisible(sector.isVisible());
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Tenant created = api.createTenant(binder.getBean().toRequest(parent.code()), caller.get());
            close();
            Feedback.success(getTranslation("tenant_form.created", created.name()));
            onCreated.accept(created);
        } catch (ApiException e) {
            boolean nextToFields = FieldErrors.show(e, Map.of("name", name, "code", code, "vatNumber", vatNumber,
                    "region", region, "federation", federation, "sector", sector, "kind", kind));
            if (!nextToFields) {
                Feedback.failure(this, e);
            }
        }
    }
}
