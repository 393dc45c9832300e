/**
 * The reporting projection (schema {@code reporting}): per-tenant figures keyed by tenant id and path, kept current in
 * the same transaction as the change, so parents read their subtree's figures with one prefix query and never a
 * UNION over child schemas (DESIGN §3).
 */
package it.mutua.app.reporting;
