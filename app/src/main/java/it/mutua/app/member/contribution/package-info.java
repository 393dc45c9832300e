/**
 * Contributions (issue 4, part 4): what a cooperative owes the mutual per period for its enrolled workers and their
 * families, computed from the plan's contributions; payments; arrears; and the suspension of coverage after a grace
 * period of non-payment, lifted when paid. Layers: {@code domain} (the arithmetic and the standing rule, pure),
 * {@code application} (statements, payments, reporting, audit), {@code api} (REST).
 */
package it.mutua.app.member.contribution;
