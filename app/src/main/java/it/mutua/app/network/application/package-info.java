/**
 * Network use cases: who owns and who sees which facilities (national + the member's regional mutual), CRUD and
 * tariffs for the owner, search over at most two schemas, the CSV bulk load, the system-level {@link
 * it.mutua.app.network.application.RegimeQuery} for claims, and the demo network.
 */
package it.mutua.app.network.application;
