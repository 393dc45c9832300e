/**
 * A member's claims on a phone: submit a claim with its invoice (photo or PDF), follow my claims with the reason of
 * every amount, and see who read my health data. Only members reach these screens: the cooperative (the employer)
 * never sees health data.
 */
package it.mutua.admin.myclaims;
