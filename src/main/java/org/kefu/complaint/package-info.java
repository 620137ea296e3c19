/**
 * Complaints (投诉, R3.4, R4.6): the complaint record behind a case of kind complaint (coding of channel,
 * business type and cause, products, amount, demand, attention, regulator reference, jurisdiction), recusal
 * (回避), three-level handling, decisions and compensation under maker-checker, customer letters as PDF, root
 * causes and rectification (溯源整改), repeat complaints and the regulator statistics return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package org.kefu.complaint;
