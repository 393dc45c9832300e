/**
 * Small building blocks shared by the views: feedback for API calls (notifications, API violations shown next to
 * their fields), confirmation of destructive actions.
 */
package it.mutua.admin.ui;
