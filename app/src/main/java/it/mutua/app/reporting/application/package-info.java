/**
 * Keeping the reporting projection current: {@link it.mutua.app.reporting.application.FigureProjection} adds to and
 * subtracts from per-tenant figures in the caller's transaction.
 */
package it.mutua.app.reporting.application;
