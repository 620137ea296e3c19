/**
 * Small value types every module may use: paging and sorting of lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.kefu.shared;
