package org.kefu.customer;

/** Identity documents accepted at account opening (居民身份证, 护照, 港澳/台湾通行证, 外国人永久居留证, 营业执照). */
enum IdType { RESIDENT_ID_CARD, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_RESIDENT, BUSINESS_LICENSE }
