package org.kefu.survey;

/** Permissions the survey module checks; which roles hold them is seeded by its migration. */
public final class SurveyPermissions {

    /** The metrics (within the caller's data scope) and the templates. */
    public static final String READ = "survey.read";

    /** Edit templates and rules. */
    public static final String MANAGE = "survey.manage";

    private SurveyPermissions() {
    }
}
