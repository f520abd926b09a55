package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.events.Vision;
import org.partnerledger.web.PlainText;

import java.util.List;

record VisionBody(@PlainText(max = 2000) String statement,
                  @NotNull @Size(max = 20) List<@PlainText(max = 500) String> goals) {

    Vision toVision() {
        return new Vision(statement, List.copyOf(goals));
    }
}
