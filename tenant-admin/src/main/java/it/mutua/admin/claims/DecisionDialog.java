package it.mutua.admin.claims;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import it.mutua.admin.api.ClaimData;
import it.mutua.admin.ui.Confirm;
import it.mutua.admin.ui.Formats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The decision on a claim in review: approve, approve in part (an amount for each line) or reject, with the reason.
 * The form's own checks ({@link DecisionForm}) show next to the fields; the decision is confirmed before it is sent,
 * because it moves money. {@code onDecide} answers whether the API accepted it (then the dialog closes).
 */
class DecisionDialog extends Dialog {

    private final DecisionForm form;
    private final RadioButtonGroup<DecisionForm.Outcome> outcome = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final Map<Integer, BigDecimalField> amounts = new LinkedHashMap<>();
    private final VerticalLayout amountFields = new VerticalLayout();
    private final Paragraph problem = new Paragraph();

    DecisionDialog(ClaimData.Claim claim, ClaimTexts texts, Predicate<DecisionForm> onDecide) {
        this.form = DecisionForm.of(claim);
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("decision.title", claim.id()));
        outcome.setItems(DecisionForm.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("decision.outcome." + o.name().toLowerCase(Locale.ROOT)));
        outcome.setLabel(getTranslation("decision.outcome"));
        outcome.setId("decision-outcome");
        outcome.addValueChangeListener(change -> amountFields.setVisible(change.getValue() == DecisionForm.Outcome.PARTLY_APPROVE));
        amountFields.setPadding(false);
        amountFields.setVisible(false);
        for (ClaimData.Line line : claim.lines()) {
            BigDecimalField field = new BigDecimalField(getTranslation("decision.line_amount", line.line(),
                    texts.benefit(line.area() == null ? line.benefit() : line.area()), Formats.euros(line.reimbursable(), locale)));
            field.setId("decision-line-" + line.line());
            field.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
            amounts.put(line.line(), field);
            amountFields.add(field);
        }
        reason.setLabel(getTranslation("decision.reason"));
        reason.setMaxLength(DecisionForm.MAX_REASON);
        reason.setWidthFull();
        reason.setId("decision-reason");
        problem.addClassName("form-error");
        problem.setVisible(false);
        VerticalLayout body = new VerticalLayout(outcome, amountFields, reason, problem);
        body.setPadding(false);
        body.setWidth("min(36rem, 90vw)");
        add(body);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button decide = new Button(getTranslation("decision.send"), click -> check(onDecide));
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("decision-send");
        getFooter().add(cancel, decide);
    }

    private void check(Predicate<DecisionForm> onDecide) {
        form.setOutcome(outcome.getValue());
        form.setReason(reason.getValue());
        amounts.forEach((line, field) -> form.setApproved(line, field.getValue()));
        amounts.values().forEach(f -> f.setInvalid(false));
        reason.setInvalid(false);
        outcome.setInvalid(false);
        problem.setVisible(false);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach(this::showProblem);
            return;
        }
        String what = getTranslation("decision.outcome." + form.getOutcome().name().toLowerCase(Locale.ROOT));
        Confirm.ask(getTranslation("decision.confirm_title", what), getTranslation("decision.confirm_text"),
                getTranslation("decision.send"), getTranslation("action.cancel"),
                form.getOutcome() == DecisionForm.Outcome.REJECT, () -> {
                    if (onDecide.test(form)) {
                        close();
                    }
                });
    }

    private void showProblem(String field, String key) {
        String text = getTranslation(key);
        if (field.equals("outcome")) {
            outcome.setErrorMessage(text);
            outcome.setInvalid(true);
        } else if (field.equals("reason")) {
            reason.setErrorMessage(text);
            reason.setInvalid(true);
        } else if (field.startsWith("line.")) {
            BigDecimalField f = amounts.get(Integer.parseInt(field.substring("line.".length())));
            f.setErrorMessage(text);
            f.setInvalid(true);
        } else {
            problem.setText(text);
            problem.setVisible(true);
        }
    }
}
