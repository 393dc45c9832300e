package it.mutua.admin.plan;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.function.Consumer;

/**
 * Changes one field for the draft: the current value and where it comes from, an input that fits the field's type
 * (a cost share has its type, amount, percentage and minimum), and — above the cooperative level — "lock for the
 * layers below". Input errors appear next to the input; Enter confirms, Esc cancels.
 */
class ChangeDialog extends Dialog {

    private static final List<String> SHARE_TYPES = List.of("FIXED", "SCOPERTO", "FRANCHIGIA", "NONE");

    private final PlanModel.Field field;
    private final FieldType type;
    private final Consumer<DraftChanges.Change> onChange;
    private final TextField input = new TextField();
    private final Checkbox flag = new Checkbox();
    private final Select<String> shareType = new Select<>();
    private final TextField amount = new TextField();
    private final TextField percent = new TextField();
    private final TextField minimum = new TextField();
    private final Checkbox lock = new Checkbox();

    ChangeDialog(PlanModel.Field field, String label, PlanTexts texts, boolean mayLock, Consumer<DraftChanges.Change> onChange) {
        this.field = field;
        this.type = FieldType.of(field.path());
        this.onChange = onChange;
        setHeaderTitle(label);
        add(new Paragraph(getTranslation("plan_edit.current", texts.value(field.path(), field.value()), texts.provenance(field))));
        FormLayout form = new FormLayout();
        switch (type) {
            case BOOLEAN -> {
                flag.setLabel(label);
                flag.setValue(field.value() == JsonValue.TRUE);
                form.add(flag);
            }
            case COST_SHARE -> form.add(costShareInputs(texts));
            default -> {
                input.setLabel(getTranslation("plan_edit.new_value"));
                input.setId("plan-edit-value");
                input.setValue(field.value() instanceof JsonString s ? s.getString() : String.valueOf(field.value()));
                if (type == FieldType.MONEY) {
                    input.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
                }
                form.add(input);
                input.focus();
            }
        }
        lock.setLabel(getTranslation("plan_edit.lock"));
        lock.setValue(field.locked());
        lock.setVisible(mayLock);
        form.add(lock);
        add(form);
        Button ok = new Button(getTranslation("plan_edit.add"), click -> confirm());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        ok.setId("plan-edit-add");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }

    private FormLayout costShareInputs(PlanTexts texts) {
        shareType.setLabel(getTranslation("plan_edit.share_type"));
        shareType.setItems(SHARE_TYPES);
        shareType.setItemLabelGenerator(t -> getTranslation("plan_share." + t));
        amount.setLabel(getTranslation("plan_edit.amount"));
        percent.setLabel(getTranslation("plan_edit.percent"));
        minimum.setLabel(getTranslation("plan_edit.minimum"));
        if (field.value() instanceof JsonObject share) {
            shareType.setValue(share.getString("type", "FIXED"));
            amount.setValue(share.getString("amount", ""));
            percent.setValue(share.getString("percent", ""));
            minimum.setValue(share.getString("minimum", ""));
        } else {
            shareType.setValue("FIXED");
        }
        shareType.addValueChangeListener(change -> showShareInputs(change.getValue()));
        showShareInputs(shareType.getValue());
        return new FormLayout(shareType, amount, percent, minimum);
    }

    private void showShareInputs(String shareKind) {
        amount.setVisible("FIXED".equals(shareKind) || "FRANCHIGIA".equals(shareKind));
        percent.setVisible("SCOPERTO".equals(shareKind));
        minimum.setVisible("SCOPERTO".equals(shareKind));
    }

    private void confirm() {
        DraftChanges.Parsed parsed = switch (type) {
            case BOOLEAN -> DraftChanges.bool(flag.getValue());
            case MONEY -> DraftChanges.money(input.getValue());
            case DAYS -> DraftChanges.whole(input.getValue(), 3650);
            case AGE -> DraftChanges.whole(input.getValue(), 120);
            case COST_SHARE -> DraftChanges.costShare(shareType.getValue(), amount.getValue(), percent.getValue(), minimum.getValue());
            default -> DraftChanges.text(input.getValue());
        };
        if (!parsed.isOk()) {
            TextField target = type == FieldType.COST_SHARE ? firstVisible() : input;
            target.setErrorMessage(getTranslation(parsed.errorKey()));
            target.setInvalid(true);
            return;
        }
        onChange.accept(new DraftChanges.Change(field.path(), parsed.value(), lock.getValue() && lock.isVisible()));
        close();
    }

    private TextField firstVisible() {
        return amount.isVisible() ? amount : percent;
    }
}
