package it.mutua.admin.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/** "Aggiungi familiare": role, codice fiscale (checked while typing), names, birth, sex, covered from. */
class RelativeDialog extends Dialog {

    private final ComboBox<String> role = new ComboBox<>();
    private final TextField fiscalCode = new TextField();
    private final TextField givenName = new TextField();
    private final TextField familyName = new TextField();
    private final DatePicker birthDate = new DatePicker();
    private final ComboBox<String> sex = new ComboBox<>();
    private final DatePicker from = new DatePicker();

    RelativeDialog(MembersApi api, String holder, Supplier<Caller> caller, Runnable onAdded) {
        setHeaderTitle(getTranslation("family.add"));
        setId("relative-dialog");
        role.setLabel(getTranslation("family.role"));
        role.setItems("SPOUSE", "CHILD", "OTHER_DEPENDANT");
        role.setItemLabelGenerator(r -> getTranslation("family.role." + r));
        role.setId("relative-role");
        fiscalCode.setLabel(getTranslation("members.fiscal_code"));
        fiscalCode.setId("relative-fiscalCode");
        fiscalCode.setValueChangeMode(ValueChangeMode.LAZY);
        fiscalCode.addValueChangeListener(change -> FiscalCodeHint.problem(change.getValue()).ifPresentOrElse(key -> {
            fiscalCode.setErrorMessage(getTranslation(key));
            fiscalCode.setInvalid(true);
        }, () -> fiscalCode.setInvalid(false)));
        givenName.setLabel(getTranslation("members.given_name"));
        givenName.setId("relative-givenName");
        familyName.setLabel(getTranslation("members.family_name"));
        familyName.setId("relative-familyName");
        birthDate.setLabel(getTranslation("members.birth_date"));
        sex.setLabel(getTranslation("members.sex"));
        sex.setItems("F", "M");
        sex.setItemLabelGenerator(s -> getTranslation("members.sex." + s));
        from.setLabel(getTranslation("family.from"));
        from.setValue(LocalDate.now());
        FormLayout form = new FormLayout(role, fiscalCode, givenName, familyName, birthDate, sex, from);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        Button save = new Button(getTranslation("action.create"), click -> save(api, holder, caller, onAdded));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("relative-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(MembersApi api, String holder, Supplier<Caller> caller, Runnable onAdded) {
        if (role.getValue() == null) {
            role.setErrorMessage(getTranslation("members.required"));
            role.setInvalid(true);
            return;
        }
        var problem = FiscalCodeHint.problem(fiscalCode.getValue());
        if (problem.isPresent()) {
            fiscalCode.setErrorMessage(getTranslation(problem.get()));
            fiscalCode.setInvalid(true);
            return;
        }
        try {
            MembersApi.Relative added = api.addRelative(holder, new MembersApi.RelativeBody(role.getValue(),
                    FiscalCodeHint.normalise(fiscalCode.getValue()), givenName.getValue().strip(),
                    familyName.getValue().strip(), birthDate.getValue(), sex.getValue(), from.getValue()), caller.get());
            close();
            Feedback.success(getTranslation("family.added", added.member().fullName()));
            onAdded.run();
        } catch (ApiException e) {
            if (!FieldErrors.show(e, Map.of("role", role, "fiscalCode", fiscalCode, "fiscal_code", fiscalCode,
                    "givenName", givenName, "familyName", familyName, "birthDate", birthDate, "sex", sex, "from", from))) {
                Feedback.failure(this, e);
            }
        }
    }
}
