package org.partnerledger.command.partnership.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesMetrics;

import java.util.Collection;
import java.util.List;

record RecordLessonCommand(@TargetAggregateIdentifier String partnershipId,
                           @TargetAggregateVersion Long expectedVersion,
                           String lessonId, LessonKind kind, String lesson, String evidence, String adjustment,
                           List<String> metricIds, List<String> actionIds) implements NamesMetrics {

    @Override
    public Collection<String> metricsNamed() {
        return metricIds;
    }
}
