/**
 * Translations: the {@code i18n/messages_*.properties} bundles served through Vaadin's
 * {@link com.vaadin.flow.i18n.I18NProvider}, the supported languages and the language switch.
 */
package it.mutua.admin.i18n;
