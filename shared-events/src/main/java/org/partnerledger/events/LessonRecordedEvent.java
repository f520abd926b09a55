package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The partners recorded what they learnt from their data: something that is working or something that is not,
 * the evidence for it and the adjustment they agreed ("Utilize Data for Learning").
 *
 * @param partnershipId the partnership
 * @param lessonId      the lesson's id (a UUID issued by the server)
 * @param kind          {@code WORKING} or {@code NOT_WORKING}
 * @param lesson        what is working or what is not
 * @param evidence      what shows it
 * @param adjustment    the adjustment the partners agreed
 * @param metricIds     the shared metrics the lesson draws on, possibly none
 * @param actionIds     the action items it concerns, possibly none
 */
@Revision("1")
public record LessonRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String lessonId,
        String kind,
        String lesson,
        String evidence,
        String adjustment,
        @Uuid List<String> metricIds,
        @Uuid List<String> actionIds) implements FollowThroughEvent {
}
