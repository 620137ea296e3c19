package org.kefu.cases;

/** A case was archived with its summary; nothing more happens to it. */
public record CaseArchived(String number) {
}
