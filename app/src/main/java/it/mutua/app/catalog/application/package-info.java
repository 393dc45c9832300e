/** Catalog use cases: create, read, rename, suspend tenants, constitute a regional mutual. Thin; rules are in the domain. */
package it.mutua.app.catalog.application;

import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;
