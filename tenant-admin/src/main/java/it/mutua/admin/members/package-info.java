/**
 * The cooperative administrator's member registry: the lazy members grid, the member and family forms, the end of
 * employment. Everything goes through {@link it.mutua.admin.api.MembersApi}; no health data is shown here.
 */
package it.mutua.admin.members;
