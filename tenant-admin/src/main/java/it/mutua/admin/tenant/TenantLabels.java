package it.mutua.admin.tenant;

import com.vaadin.flow.component.Component;

import it.mutua.admin.i18n.MessagesI18NProvider;

import java.util.List;

/**
 * Translated labels of the catalog's coded values (kind, status, sector). A value the bundles do
 * not know yet is shown as sent by the API rather than as a missing key.
 */
final class TenantLabels {

    static final List<String> KINDS = List.of("NATIONAL", "REGIONAL", "FEDERATION", "COOPERATIVE");
    static final List<String> STATUSES = List.of("PROVISIONING", "ACTIVE", "SUSPENDED", "ARCHIVED");
    static final List<String> SECTORS = List.of("SOCIAL", "HOUSING", "COMMUNITY");

    private TenantLabels() {
    }

    static String kind(Component component, String value) {
        return coded(component, "tenant.kind.", value);
    }

    static String status(Component component, String value) {
        return coded(component, "tenant.status.", value);
    }

    static String sector(Component component, String value) {
        return coded(component, "tenant.sector.", value);
    }

    private static String coded(Component component, String prefix, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String text = component.getTranslation(prefix + value);
        return MessagesI18NProvider.isMissing(text) ? value : text;
    }
}
