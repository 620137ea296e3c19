package org.kefu.knowledge;

/** One training example of an intent: what someone might say, in which language, meaning which intent. */
public record LabelledUtterance(String text, String intent, Language language) {
}
