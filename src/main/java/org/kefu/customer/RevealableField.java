package org.kefu.customer;

/** The personal data that is masked on display and can be revealed one at a time (lower camel case as in the API). */
enum RevealableField { name, birthDate, idNumber, mobile, email, address }
