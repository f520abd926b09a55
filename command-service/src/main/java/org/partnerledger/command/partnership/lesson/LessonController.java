package org.partnerledger.command.partnership.lesson;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.partnerledger.web.security.Standing.COORDINATOR;

/** Lessons the partners draw from their data. */
@PartnershipCommandEndpoints
class LessonController {

    private final PartnershipCommands commands;

    LessonController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record LessonReceipt(String lessonId, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    LessonReceipt recordLesson(CommandContext context, @Valid @RequestBody RecordLessonRequest request) {
        CommandResult result = commands.send(context, request);
        return new LessonReceipt(result.id(), result.version());
    }
}
