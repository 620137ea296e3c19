package org.kefu.customer;

enum LifecycleStage { NEW, EXISTING, HIGH_NET_WORTH }
