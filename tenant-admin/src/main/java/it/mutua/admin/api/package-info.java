/**
 * Client of the Mutua REST API ({@code mutua-app}): {@link it.mutua.admin.api.MutuaApi} and the
 * records the API exchanges. Plain Java ({@code java.net.http} + JSON-B), with no Vaadin or CDI
 * dependency except the {@link it.mutua.admin.api.ApiClientProducer}, so it is unit-testable.
 */
package it.mutua.admin.api;
