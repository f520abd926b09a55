package org.partnerledger.command.partnership.lesson;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreType;
import org.axonframework.commandhandling.CommandHandler;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.LessonRecordedEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * What the partners learn from their data ("Utilize Data for Learning": what's working, what's not, and the
 * adjustment agreed). A lesson is a record, not a working set: the part holds no state, so a snapshot carries
 * nothing of it. The metrics a lesson names are checked by the partnership ({@code NamesMetrics}).
 */
@JsonIgnoreType
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Lessons {

    public Lessons() {
        // nothing to hold
    }

    @CommandHandler
    CommandResult handle(RecordLessonCommand command) {
        apply(new LessonRecordedEvent(command.partnershipId(), command.lessonId(), command.kind().name(),
                command.lesson(), command.evidence(), command.adjustment(), command.metricIds(), command.actionIds()));
        return new CommandResult(command.lessonId(), getVersion());
    }
}
