/** Test support shared by every module's tests: a real browser, demo staff, TOTP codes. */
package org.kefu.support;
