/**
 * The claims REST API. Only members (their own and their family's claims) and claims officers get past the door; a
 * cooperative administrator (the employer) gets 404 on every claim resource, as if claims did not exist.
 */
package it.mutua.app.claim.api;
