/** The "constitute a regional mutual" wizard of the national office (POST /api/regional-mutuals). */
package it.mutua.admin.regional;
