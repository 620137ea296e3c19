package org.kefu.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the surveys.
 *
 * @param validFor          how long an invitation's link may be used
 * @param maxResends        how often staff may send an invitation again (each resend revokes the last link)
 * @param followUpAtOrBelow an overall score (1-5) at or below which a follow-up case is opened
 * @param target            the guide's targets, in percent, shown red or green beside the metrics
 */
@ConfigurationProperties("kefu.survey")
record SurveyProperties(@DefaultValue("7d") Duration validFor, @DefaultValue("2") int maxResends,
                        @DefaultValue("2") int followUpAtOrBelow, @DefaultValue Target target) {

    record Target(@DefaultValue("90") double csat, @DefaultValue("85") double goodRating) {
    }
}
