/** REST: POST /api/auth/token, GET /api/auth/jwks, GET /api/me, /api/users. */
package it.mutua.app.identity.api;
