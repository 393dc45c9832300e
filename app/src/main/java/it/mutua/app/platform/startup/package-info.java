/**
 * Start-up: the embedded PostgreSQL (when no external database is configured), the control changelog, the signing key
 * and, in demo mode, the demo federation. Tenant schemas are never migrated here (DESIGN §5): that is the runner's job.
 */
package it.mutua.app.platform.startup;
