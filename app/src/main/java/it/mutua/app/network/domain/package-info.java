/**
 * Network rules without storage or transport: facility validation (partita IVA, ISTAT places, coordinates), tariff
 * validity and overlap, status history, the provider regime on a date, Italian-aware search text.
 */
package it.mutua.app.network.domain;
