package it.mutua.admin.claimoffice;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.ClaimsApi;
import it.mutua.admin.claims.ClaimTexts;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Feedback;
import it.mutua.admin.ui.FieldErrors;

import java.util.Map;

/**
 * "Regole di campionamento": which claims go to a person's review — a random share, every claim above a value, every
 * claim of some benefit areas. The national administrator changes them (after confirming); the claims office reads.
 */
@Route(value = "campionamento", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL_ADMIN, Roles.CLAIMS_OFFICER})
public class SamplingRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimsApi api;
    private final BigDecimalField randomPercent = new BigDecimalField();
    private final BigDecimalField valueThreshold = new BigDecimalField();
    private final MultiSelectComboBox<String> alwaysReviewed = new MultiSelectComboBox<>();
    private final Button save = new Button();
    private final Binder<SamplingForm> binder = new Binder<>();
    private final boolean editable = CurrentUser.require().hasRole(Roles.NATIONAL_ADMIN);

    @Inject
    public SamplingRulesView(ClaimsApi api) {
        this.api = api;
        ClaimTexts texts = new ClaimTexts(this::getTranslation, getLocale());
        randomPercent.setLabel(getTranslation("sampling.random_percent"));
        randomPercent.setSuffixComponent(new Span("%"));
        randomPercent.setHelperText(getTranslation("sampling.random_percent_help"));
        randomPercent.setId("sampling-percent");
        valueThreshold.setLabel(getTranslation("sampling.value_threshold"));
        valueThreshold.setPrefixComponent(new Span("€"));
        valueThreshold.setHelperText(getTranslation("sampling.value_threshold_help"));
        valueThreshold.setId("sampling-threshold");
        alwaysReviewed.setLabel(getTranslation("sampling.always_reviewed"));
        alwaysReviewed.setItems(ClaimTexts.AREAS);
        alwaysReviewed.setItemLabelGenerator(texts::benefit);
        alwaysReviewed.setWidth("min(40rem, 100%)");
        alwaysReviewed.setId("sampling-always");
        binder.forField(randomPercent).bind(SamplingForm::getRandomPercent, SamplingForm::setRandomPercent);
        binder.forField(valueThreshold).bind(SamplingForm::getValueThreshold, SamplingForm::setValueThreshold);
        binder.forField(alwaysReviewed).bind(SamplingForm::getAlwaysReviewed, SamplingForm::setAlwaysReviewed);
        binder.setReadOnly(!editable);
        save.setText(getTranslation("sampling.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sampling-save");
        save.setVisible(editable);
        save.addClickListener(click -> askSave());
        add(new H2(getTranslation("sampling.title")), new Paragraph(getTranslation(editable ? "sampling.help"
                : "sampling.read_only")), randomPercent, valueThreshold, alwaysReviewed, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sampling.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            binder.readBean(SamplingForm.of(api.sampling(caller())));
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private void askSave() {
        SamplingForm form = new SamplingForm();
        binder.writeBeanAsDraft(form, true);
        Map<String, HasValidation> fields = Map.of("randomPercent", randomPercent, "valueThreshold", valueThreshold,
                "alwaysReviewed", alwaysReviewed);
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> {
                fields.get(field).setErrorMessage(getTranslation(key));
                fields.get(field).setInvalid(true);
            });
            return;
        }
        Confirm.ask(getTranslation("sampling.confirm_title"), getTranslation("sampling.confirm_text"),
                getTranslation("sampling.save"), getTranslation("action.cancel"), false, () -> {
                    try {
                        binder.readBean(SamplingForm.of(api.saveSampling(form.toRequest(), caller())));
                        Feedback.success(getTranslation("sampling.saved"));
                    } catch (ApiException e) {
                        if (!FieldErrors.show(e, fields)) {
                            Feedback.failure(this, e);
                        }
                    }
                });
    }

    private Caller caller() {
        return CurrentUser.require().caller(getLocale());
    }
}
