/**
 * The claims office's screens (role claims-officer): the queue with its filters, one claim with the line-by-line
 * explanation, attachments, transitions and access log, the decision and reopening, and pre-authorisations. A
 * cooperative administrator reaches none of them: not in the menu, and the access guard refuses the URLs.
 */
package it.mutua.admin.claims;
