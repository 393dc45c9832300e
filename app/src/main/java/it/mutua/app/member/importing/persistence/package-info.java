/**
 * The import's bulk writes: set-based SQL (arrays unnested by PostgreSQL) on the Hibernate session's own connection,
 * so they run in the tenant's schema and in the import's transaction.
 */
package it.mutua.app.member.importing.persistence;
