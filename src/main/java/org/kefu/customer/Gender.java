package org.kefu.customer;

enum Gender { MALE, FEMALE, UNKNOWN }
