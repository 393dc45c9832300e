/**
 * Mutua administration UI: a Vaadin Flow application that talks only to the REST API of
 * {@code mutua-app}, with the logged-in user's JWT. It never opens a database connection.
 *
 * <p>Packages are by feature: {@code api} (REST client), {@code security} (login, session,
 * access guard), {@code i18n}, {@code layout} (application shell and menu), {@code tenant}
 * (the "Enti" screens), {@code account} (the user's own page).
 */
package it.mutua.admin;
