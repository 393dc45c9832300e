/** Test support for the black-box integration tests: an HTTP client with real tokens, the test JWKS, database checks. */
package it.mutua.it.support;
