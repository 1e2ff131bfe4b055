/**
 * On-site training (実地研修) at LEADING hospitals (DESIGN.md sections 3 and 5a): a LEADING hospital offers places for a
 * period; another institution's officer applies for one of its people by certificate number; the host accepts or
 * declines, and records the training completed, which is at once the person's alternative ⑤ of the Group A/B/C
 * classification. The tier requirement "accepts on-site trainees" (L-15) is judged from it.
 */
package jp.medsec.onsite;
