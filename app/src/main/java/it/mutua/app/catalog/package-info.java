/**
 * The tenant catalog: the tree of national mutual, regional mutuals, sector federations and cooperatives, how tenants
 * are created (each gets its own schema), suspended, renamed, and how a regional mutual is constituted. The visibility
 * rule of DESIGN §2 lives in {@link it.mutua.app.catalog.domain.Visibility} and nowhere else.
 */
package it.mutua.app.catalog;
