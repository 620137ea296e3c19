package org.kefu.platform;

/**
 * Sensitivity classes of personal financial information from JR/T 0171-2020 (个人金融信息保护技术规范),
 * deciding how much of a value an agent's screen, a log line or an export may show.
 */
public enum InfoClass {

    /**
     * C3, user authentication information (passwords, PINs, card verification codes, biometric templates):
     * never displayed, not even its length.
     */
    C3,

    /**
     * C2, information that identifies a person or account (ID numbers, mobile numbers, bank card numbers,
     * names, addresses, e-mail): shown only masked.
     */
    C2,

    /** C1, other information (e.g. account opening branch, product held): shown as is. */
    C1
}
