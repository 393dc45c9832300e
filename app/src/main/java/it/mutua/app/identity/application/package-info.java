/** Sign-in, token issuing, signing keys and user administration. */
package it.mutua.app.identity.application;
