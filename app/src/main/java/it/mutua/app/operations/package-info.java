/** Operations: the tenant migration runner's admin endpoint and diagnostics for operators. */
package it.mutua.app.operations;
