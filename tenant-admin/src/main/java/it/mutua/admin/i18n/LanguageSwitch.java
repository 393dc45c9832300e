package it.mutua.admin.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import java.util.Locale;

/** Italiano / English selector; each language is named in itself, as is customary. */
public class LanguageSwitch extends Composite<Select<Locale>> implements LocaleChangeObserver {

    @Override
    protected Select<Locale> initContent() {
        Select<Locale> select = new Select<>();
        select.setItems(Languages.SUPPORTED);
        select.setItemLabelGenerator(LanguageSwitch::nativeName);
        select.setWidth("9em");
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Languages.choose(UI.getCurrent(), event.getValue());
            }
        });
        return select;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().setValue(Languages.supported(event.getLocale()));
        getContent().setAriaLabel(getTranslation("language.label"));
    }

    static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
