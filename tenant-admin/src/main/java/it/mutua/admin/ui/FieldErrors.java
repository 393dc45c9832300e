package it.mutua.admin.ui;

import com.vaadin.flow.component.HasValidation;

import it.mutua.admin.api.ApiError;
import it.mutua.admin.api.ApiException;

import java.util.Map;

/**
 * Puts the API's field violations next to the form fields they name ({@code vatNumber}, {@code code}, …), so the
 * user reads the reason where they type. Returns whether any violation found its field; the caller shows the others.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static boolean show(ApiException e, Map<String, ? extends HasValidation> fields) {
        boolean shown = false;
        for (ApiError.Violation violation : e.error().violations()) {
            HasValidation field = fields.get(String.valueOf(violation.field()));
            if (field != null) {
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }
}
