/**
 * Satisfaction surveys (R1.2, R1.6, R2.3, R6.2, R6.5): templates of weighted Likert, yes/no and free-text
 * questions per indicator, sent automatically when a case is resolved with a one-time link, the metrics
 * (CSAT, good-rating rate, indicator averages, CSI, response rate) against the guide's targets, and the closed
 * loop that opens a follow-up case on a low score.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package org.kefu.survey;
