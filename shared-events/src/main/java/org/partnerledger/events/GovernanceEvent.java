package org.partnerledger.events;

/**
 * The partnership's governance as the practice guide describes it: its purpose, its partners and coordinator, the
 * RACI roles of its areas of work, its agreements, the revisiting of its vision, the engagement it sustains
 * (milestones, partners' assets, progress reports, disseminated successes, grants), the auditor organisations
 * it lets in, and its conclusion.
 */
public sealed interface GovernanceEvent extends PartnershipEvent
        permits PurposeStatedEvent, PartnerAdmittedEvent, PartnerWithdrawnEvent,
                CoordinatorAppointedEvent, PartnershipConcludedEvent, RaciAreaDefinedEvent,
                RaciRolesAssignedEvent, AgreementSignedEvent, AgreementReviewedEvent,
                AgreementAmendedEvent, AgreementTerminatedEvent, VisionReaffirmedEvent,
                VisionRevisitIntervalSetEvent, MilestoneCelebratedEvent, PartnerAssetRecordedEvent,
                PartnerAssetWithdrawnEvent, ProgressReportIssuedEvent, SuccessDisseminatedEvent,
                GrantRecordedEvent, AuditorAccessGrantedEvent, AuditorAccessRevokedEvent {
}
