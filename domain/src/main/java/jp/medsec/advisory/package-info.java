/**
 * Security advisories (注意喚起), as the JMA relays them through 医療 CEPTOAR (seed 003; DESIGN.md section 5a): staff
 * publish one with its severity, texts in Japanese and English, affected products and audience; each institution in
 * the audience is told and acknowledges it; those who have not after the advisory's days are reminded once. A public
 * Atom feed carries the advisories to other systems (API.md), never who acknowledged them.
 */
package jp.medsec.advisory;
