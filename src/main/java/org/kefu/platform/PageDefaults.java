package org.kefu.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a {@link org.kefu.shared.PageQuery} parameter of a controller, which properties a list
 * may be sorted by and how it is sorted when the caller does not say. Sorting by anything else is a 400
 * naming {@code sort}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageDefaults {

    /** Properties a caller may sort by. */
    String[] sortable();

    /** Default sort, e.g. {@code "createdAt,desc"}. */
    String[] sort() default {};

    int size() default org.kefu.shared.PageQuery.DEFAULT_SIZE;
}
