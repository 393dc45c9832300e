/** JPA implementation of the catalog repository (schema {@code control}). */
package it.mutua.app.catalog.persistence;
