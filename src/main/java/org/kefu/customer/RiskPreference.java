package org.kefu.customer;

/** The five levels of the suitability assessment (保守型 … 激进型). */
enum RiskPreference { CONSERVATIVE, MODERATELY_CONSERVATIVE, BALANCED, MODERATELY_AGGRESSIVE, AGGRESSIVE }
