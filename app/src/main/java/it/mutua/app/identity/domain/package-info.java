/** The user account aggregate with its lockout rule. */
package it.mutua.app.identity.domain;
