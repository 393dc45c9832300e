/** REST resources of the catalog: /api/tenants and /api/regional-mutuals. */
package it.mutua.app.catalog.api;
