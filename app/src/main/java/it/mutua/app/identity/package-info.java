/**
 * Identity: users and role grants in {@code control}, password check (Jakarta Security PBKDF2) with lockout, and the
 * built-in RS256 token issuer whose public keys are served as JWKS. In production an external OIDC provider replaces
 * the issuer by configuration only (issuer + JWKS URL in server.xml variables).
 */
package it.mutua.app.identity;
