/** Contribution periods, the computation of a statement's lines, and the arrears and suspension rule. Pure code. */
package it.mutua.app.member.contribution.domain;
