/** REST resource of contribution statements, payments and arrears (coop-admin of the cooperative). */
package it.mutua.app.member.contribution.api;
