/**
 * Claim use cases: submission and adjudication under ceiling locks, decisions, reads that write the health-data access
 * log, attachments, pre-authorisations, payment batches with their SEPA file, and the adapters of the domain ports.
 */
package it.mutua.app.claim.application;
