/**
 * Advice to ASSISTED hospitals (助言・相談, DESIGN.md section 4): an ASSISTED hospital's officer asks a LEADING hospital
 * a security question, the LEADING hospital answers it. The tier requirement "advises ASSISTED hospitals' Group C
 * personnel" is judged from these records.
 */
package jp.medsec.consultation;
