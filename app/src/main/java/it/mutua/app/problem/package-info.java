/**
 * The API's error model: {@link it.mutua.app.problem.Problem} bodies with a stable code and a message in the caller's
 * language (Italian by default, English on request), and {@link it.mutua.app.problem.ProblemException} for use cases to
 * throw. Every feature depends on this package; it depends on none of them.
 */
package it.mutua.app.problem;
