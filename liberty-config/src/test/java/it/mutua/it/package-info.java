/**
 * Black-box integration tests: the real Open Liberty server {@code mutua-it} with the real WARs, its embedded
 * PostgreSQL, and real RS256 tokens obtained from the token endpoint (or signed by the test's "external provider").
 */
package it.mutua.it;
