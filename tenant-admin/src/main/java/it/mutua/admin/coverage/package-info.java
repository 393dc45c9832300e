/** The member's own screens, phone-sized: "La mia copertura" (the effective plan of their cooperative in plain words). */
package it.mutua.admin.coverage;
