package org.partnerledger.command.partnership.metric;

import jakarta.validation.Valid;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipCommandEndpoints;
import org.partnerledger.command.partnership.PartnershipCommands;
import org.partnerledger.command.partnership.VersionReceipt;
import org.partnerledger.web.security.Allow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/** Shared metrics, their endorsement, targets and collection, and the measurements recorded for them. */
@PartnershipCommandEndpoints
class MetricController {

    private final PartnershipCommands commands;

    MetricController(PartnershipCommands commands) {
        this.commands = commands;
    }

    record MetricReceipt(String metricId, long version) {
    }

    record MeasurementReceipt(String measurementId, long version) {
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/metrics")
    @ResponseStatus(HttpStatus.CREATED)
    MetricReceipt proposeMetric(CommandContext context, @Valid @RequestBody ProposeMetricRequest request) {
        CommandResult result = commands.send(context, request);
        return new MetricReceipt(result.id(), result.version());
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/metrics/{metricId}/endorsements")
    VersionReceipt endorseMetric(CommandContext context, @Valid @RequestBody EndorseMetricRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/metrics/{metricId}/retirement")
    VersionReceipt retireMetric(CommandContext context, @Valid @RequestBody RetireMetricRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/metrics/{metricId}/targets")
    VersionReceipt setMetricTarget(CommandContext context, @Valid @RequestBody SetMetricTargetRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/metrics/{metricId}/target-amendments")
    VersionReceipt amendMetricTarget(CommandContext context, @Valid @RequestBody AmendMetricTargetRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow(COORDINATOR)
    @PostMapping("/{partnershipId}/metrics/{metricId}/collection-delegations")
    VersionReceipt delegateMetricCollection(CommandContext context,
            @Valid @RequestBody DelegateMetricCollectionRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/metrics/{metricId}/measurements")
    @ResponseStatus(HttpStatus.CREATED)
    MeasurementReceipt recordMeasurement(CommandContext context, @Valid @RequestBody RecordMeasurementRequest request) {
        CommandResult result = commands.send(context, request);
        return new MeasurementReceipt(result.id(), result.version());
    }

    @Allow({COORDINATOR, MEMBER})
    @PostMapping("/{partnershipId}/metrics/{metricId}/measurement-corrections")
    VersionReceipt correctMeasurement(CommandContext context, @Valid @RequestBody CorrectMeasurementRequest request) {
        return VersionReceipt.after(commands.send(context, request));
    }
}
