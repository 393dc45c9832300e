/** REST: /api/members (own tenant) and /api/tenants/{code}/members (audited parent read). */
package it.mutua.app.member.api;
