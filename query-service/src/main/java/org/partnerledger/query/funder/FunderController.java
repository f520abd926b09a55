package org.partnerledger.query.funder;

import io.swagger.v3.oas.annotations.Operation;
import org.partnerledger.web.security.Allow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.partnerledger.web.security.Standing.AUDITOR;
import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.FUNDER;

/**
 * What funders see of a partnership, from their own read model: the funder view, the impact report and the
 * documentation for a monitoring visit. Coordinators see the same, to know what funders see. The CSV and PDF
 * answers carry their version in {@value #VERSION_HEADER} as well as in their content.
 */
@RestController
@Validated
@RequestMapping("/api/partnerships/{partnershipId}")
class FunderController {

    static final String VERSION_HEADER = "Partnership-Version";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FunderReads reads;

    FunderController(FunderReads reads) {
        this.reads = reads;
    }

    @GetMapping(path = "/funder-view", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow({FUNDER, COORDINATOR})
    @Operation(operationId = "funderView", summary = "The partnership as its funders see it")
    FunderView funderView(@PathVariable UUID partnershipId) {
        return reads.view(partnershipId);
    }

    @GetMapping(path = "/impact-report.csv", produces = "text/csv")
    @Allow({FUNDER, COORDINATOR})
    @Operation(operationId = "impactReportCsv", summary = "The impact report as CSV: a row per metric and period")
    ResponseEntity<byte[]> impactReportCsv(
            @PathVariable UUID partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        FunderView view = reads.report(partnershipId, from, to);
        return answer(view.version(), CSV, "impact-report.csv", FunderCsv.impact(view));
    }

    @GetMapping(path = "/impact-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Allow({FUNDER, COORDINATOR})
    @Operation(operationId = "impactReportPdf",
            summary = "The impact report as PDF: each metric's curve against its target, milestones, stories")
    ResponseEntity<byte[]> impactReportPdf(
            @PathVariable UUID partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        FunderView view = reads.report(partnershipId, from, to);
        return answer(view.version(), MediaType.APPLICATION_PDF, "impact-report.pdf",
                FunderPdf.impact(view, from, to));
    }

    @GetMapping(path = "/documentation.csv", produces = "text/csv")
    @Allow({COORDINATOR, AUDITOR, FUNDER})
    @Operation(operationId = "documentationCsv",
            summary = "The partnership documented as CSV: purpose, partners, agreements")
    ResponseEntity<byte[]> documentationCsv(@PathVariable UUID partnershipId) {
        DocumentationView view = reads.documentation(partnershipId);
        return answer(view.version(), CSV, "documentation.csv", FunderCsv.documentation(view));
    }

    @GetMapping(path = "/documentation.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Allow({COORDINATOR, AUDITOR, FUNDER})
    @Operation(operationId = "documentationPdf",
            summary = "The partnership documented as PDF: purpose, partners, agreements")
    ResponseEntity<byte[]> documentationPdf(@PathVariable UUID partnershipId) {
        DocumentationView view = reads.documentation(partnershipId);
        return answer(view.version(), MediaType.APPLICATION_PDF, "documentation.pdf",
                FunderPdf.documentation(view));
    }

    private static ResponseEntity<byte[]> answer(long version, MediaType type, String filename, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(VERSION_HEADER, Long.toString(version))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }
}
