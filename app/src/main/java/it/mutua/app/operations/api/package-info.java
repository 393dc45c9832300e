/** REST: /api/admin/migrations (national), /api/diagnostics/tenant-marker. */
package it.mutua.app.operations.api;
