/** The append-only audit trail of catalog changes and cross-tenant reads ({@code control.audit_event}). */
package it.mutua.app.audit;
