package org.kefu.knowledge;

/** Who reads an answer: customers see only articles published for them; staff see internal ones too. */
public enum Audience {
    CUSTOMER, STAFF
}
