/**
 * Claim tables of the national schema, in SQL: the ceiling ledger rows are locked with {@code SELECT … FOR UPDATE} in
 * key order, so concurrent claims never overspend a ceiling and never deadlock on each other.
 */
package it.mutua.app.claim.persistence;
