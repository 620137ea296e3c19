package org.kefu.identity;

/** The kinds of unit in a bank's organisation, and where each may hang in the tree. */
public enum OrgUnitType {
    /** 总行: the single root. */
    HEAD_OFFICE,
    /** 分行: under the head office. */
    BRANCH,
    /** 支行: under a branch. */
    SUB_BRANCH,
    /** 部门: a department of any unit. */
    DEPARTMENT;

    public boolean mayHangUnder(OrgUnitType parent) {
        return switch (this) {
            case HEAD_OFFICE -> parent == null;
            case BRANCH -> parent == HEAD_OFFICE;
            case SUB_BRANCH -> parent == BRANCH;
            case DEPARTMENT -> parent != null;
        };
    }
}
