/**
 * The dashboard of each level: the reporting figures of the user's subtree (or a chosen tenant's), as figure cards and
 * charts drawn on the server as SVG ({@link it.mutua.admin.dashboard.BarChart}): no chart library, no frontend build.
 */
package it.mutua.admin.dashboard;
