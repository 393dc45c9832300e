/** MicroProfile Health checks: readiness at /health/ready. */
package it.mutua.app.platform.health;
