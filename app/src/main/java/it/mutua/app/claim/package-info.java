/**
 * Claims (richieste di rimborso): submission, explainable adjudication, review, pre-authorisation, payment batches
 * and the health-data access log. Everything here lives in the NATIONAL schema (DESIGN §3): whoever calls, claim work
 * runs as the national tenant after the caller's right to the claim is checked, so the employer cooperative's schema
 * never holds health data.
 */
package it.mutua.app.claim;
