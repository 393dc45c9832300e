package it.mutua.admin.claims;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Predicate;

/** Reopening a decided claim (an appeal or a correction) back into review: the reason is required. */
class ReopenDialog extends Dialog {

    ReopenDialog(Predicate<String> onReopen) {
        setHeaderTitle(getTranslation("reopen.title"));
        TextArea reason = new TextArea(getTranslation("reopen.reason"));
        reason.setMaxLength(DecisionForm.MAX_REASON);
        reason.setWidth("min(32rem, 85vw)");
        reason.setId("reopen-reason");
        add(reason);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button reopen = new Button(getTranslation("claim.reopen"), click -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("decision.reason_required"));
                reason.setInvalid(true);
                return;
            }
            if (onReopen.test(reason.getValue().strip())) {
                close();
            }
        });
        reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reopen.setId("reopen-send");
        getFooter().add(cancel, reopen);
    }
}
