/**
 * Incident help (インシデント相談; seed 003's consultation desk, seed 002's support duty; DESIGN.md section 5a): an
 * institution reports an incident or asks for help; it reaches the LEADING hospital that supports it (a support
 * agreement both accepted, or one staff set), or the association's desk when there is none; the supporter acknowledges
 * it, works it with notes and files and resolves it, everything on a timeline. Only the institution, its supporter and
 * staff see it.
 */
package jp.medsec.incident;
