package org.kefu.customer;

enum CustomerType { INDIVIDUAL, CORPORATE }
