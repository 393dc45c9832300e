package it.mutua.admin.tenant;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import it.mutua.admin.api.Tenant;

/** Card with one tenant's catalog data; relabels itself when the language changes. */
class TenantCard extends Composite<Card> implements LocaleChangeObserver {

    private Tenant tenant;

    void show(Tenant shown) {
        this.tenant = shown;
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        Card card = getContent();
        card.removeAll();
        if (tenant == null) {
            return;
        }
        card.addClassName("tenant-card");
        card.setTitle(tenant.name());
        card.setSubtitle(tenant.code() + " · " + TenantLabels.kind(this, tenant.kind()));
        card.add(details());
    }

    private Div details() {
        Div details = new Div();
        details.addClassName("tenant-details");
        field(details, "tenant.status", TenantLabels.status(this, tenant.status()));
        field(details, "tenant.vat_number", tenant.vatNumber());
        field(details, "tenant.region", Regions.label(tenant.region()));
        field(details, "tenant.sector", TenantLabels.sector(this, tenant.sector()));
        field(details, "tenant.parent", tenant.parentCode());
        field(details, "tenant.federation", tenant.federationCode());
        field(details, "tenant.schema_version", tenant.schemaVersion());
        return details;
    }

    private void field(Div details, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Span text = new Span(value);
        text.addClassName("value");
        details.add(new Div(label, text));
    }
}
