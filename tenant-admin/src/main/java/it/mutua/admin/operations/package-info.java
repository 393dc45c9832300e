/** Operations screens of the national office: the tenant migration runner's progress (GET/POST /api/admin/migrations). */
package it.mutua.admin.operations;
