/**
 * Health plans (piani sanitari): what a plan covers, how national, federation, regional and cooperative layers
 * combine into the plan a member is actually covered by, and how much one claim line is worth.
 *
 * <p>By feature, layers inside: {@code plan.domain} is pure Java (no framework, no database) so that the rules are
 * tested in milliseconds; persistence and REST are added beside it and only translate.
 */
package it.mutua.app.plan;
