package org.partnerledger.query.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.partnerledger.query.PartnershipNotFoundException;
import org.partnerledger.web.security.Allow;
import org.partnerledger.web.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.partnerledger.web.security.Standing.AUDITOR;
import static org.partnerledger.web.security.Standing.COORDINATOR;
import static org.partnerledger.web.security.Standing.MEMBER;

/**
 * The history across every partnership the caller stands in, page by page with an opaque cursor, and exports of
 * it or of one partnership's history as JSON Lines or CSV, streamed as they are read. The caller is read on the
 * request's thread: an export is written on another.
 */
@RestController
@Validated
class AuditHistoryController {

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final HistoryReads reads;
    private final HistoryRepository history;

    AuditHistoryController(HistoryReads reads, HistoryRepository history) {
        this.reads = reads;
        this.history = history;
    }

    @GetMapping(path = "/api/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    HistoryPageView across(@RequestParam(required = false) String after,
                           @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                           @RequestParam(required = false) List<String> type,
                           @RequestParam(required = false) String partner,
                           @RequestParam(required = false) String actor,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to) {
        Caller caller = Caller.current().orElseThrow();
        return reads.across(caller.organisationId(), caller.role(), HistoryFilter.of(type, partner, actor, from, to),
                HistoryCursor.decode(after), limit);
    }

    @GetMapping("/api/history/export.jsonl")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ResponseEntity<StreamingResponseBody> exportAcrossAsJsonLines(
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return exportAcross(HistoryFilter.of(type, partner, actor, from, to), Format.JSON_LINES);
    }

    @GetMapping("/api/history/export.csv")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ResponseEntity<StreamingResponseBody> exportAcrossAsCsv(
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return exportAcross(HistoryFilter.of(type, partner, actor, from, to), Format.CSV);
    }

    @GetMapping("/api/partnerships/{partnershipId}/history/export.jsonl")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ResponseEntity<StreamingResponseBody> exportAsJsonLines(
            @PathVariable UUID partnershipId, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String partner, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return exportOf(partnershipId, HistoryFilter.of(type, partner, actor, from, to), Format.JSON_LINES);
    }

    @GetMapping("/api/partnerships/{partnershipId}/history/export.csv")
    @Allow({COORDINATOR, MEMBER, AUDITOR})
    ResponseEntity<StreamingResponseBody> exportAsCsv(
            @PathVariable UUID partnershipId, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String partner, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return exportOf(partnershipId, HistoryFilter.of(type, partner, actor, from, to), Format.CSV);
    }

    private ResponseEntity<StreamingResponseBody> exportAcross(HistoryFilter filter, Format format) {
        Caller caller = Caller.current().orElseThrow();
        return answer("history", format, sink -> reads.exportAcross(caller.organisationId(), caller.role(), filter,
                sink));
    }

    private ResponseEntity<StreamingResponseBody> exportOf(UUID partnershipId, HistoryFilter filter, Format format) {
        if (history.versions(Set.of(partnershipId)).isEmpty()) {
            throw new PartnershipNotFoundException(partnershipId);
        }
        return answer("history-" + partnershipId, format, sink -> reads.exportOf(partnershipId, filter, sink));
    }

    private static ResponseEntity<StreamingResponseBody> answer(String name, Format format,
                                                                Consumer<Consumer<HistoryRow>> export) {
        StreamingResponseBody body = out -> {
            HistoryExport.Lines lines = format.writer(out);
            export.accept(lines);
            lines.close();
        };
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + format.extension).build().toString())
                .body(body);
    }

    private enum Format {
        JSON_LINES(AuditHistoryController.JSON_LINES, ".jsonl"), CSV(AuditHistoryController.CSV, ".csv");

        private final MediaType mediaType;
        private final String extension;

        Format(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        HistoryExport.Lines writer(OutputStream out) throws IOException {
            return this == JSON_LINES ? HistoryExport.jsonLines(out) : HistoryExport.csv(out);
        }
    }
}
