package org.kefu.knowledge;

/** Permissions the knowledge base checks; which roles hold them is seeded by its migration. */
public final class KnowledgePermissions {

    /** Search and read published articles (and, for editors, drafts). */
    public static final String READ = "knowledge.read";

    /** Write articles and submit them for review (the maker). */
    public static final String EDIT = "knowledge.edit";

    /** Publish, send back or retire articles someone else wrote (the checker). */
    public static final String APPROVE = "knowledge.approve";

    private KnowledgePermissions() {
    }
}
