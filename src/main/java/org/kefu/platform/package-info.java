/**
 * What every module stands on: the embedded database, the web shell (layout, navigation, languages),
 * the API conventions (problem+json errors, paging), field encryption and masking of personal data.
 * Top-level types of this package are the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.kefu.platform;
