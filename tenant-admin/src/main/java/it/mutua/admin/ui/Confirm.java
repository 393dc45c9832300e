package it.mutua.admin.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a destructive or far-reaching action (suspend a tenant, publish a plan version, move cooperatives).
 * The confirming button is red for destructive actions; Esc and "Annulla" cancel; the cancel button has the focus.
 */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog ask(String header, String text, String confirmText, String cancelText,
                                    boolean destructive, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmText(confirmText);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
