/** Messages in Italian (default) and English, chosen from the request's Accept-Language. */
package it.mutua.app.platform.i18n;
