/** Cross-cutting platform pieces: REST application and error model, i18n, start-up, health. No business rules here. */
package it.mutua.app.platform;
