package org.partnerledger.query.history;

import org.partnerledger.query.CsvFields;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The history's events as an export writes them, one row at a time: JSON Lines (one {@link HistoryEntryView} per
 * line, the event's data as stored) or CSV (RFC 4180: a header, every field that holds a comma, a quote or a line
 * break quoted, quotes doubled; the data as its JSON text).
 */
final class HistoryExport {

    static final List<String> CSV_HEADER = List.of("partnershipId", "sequence", "eventId", "type", "occurredAt",
            "actor", "actorName", "actorRole", "actorOrganisation", "commandId", "data");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private HistoryExport() {
    }

    static HistoryEntryView entry(HistoryRow row) {
        return new HistoryEntryView(row.partnershipId(), row.sequence(), row.eventId(), row.type(), row.occurredAt(),
                row.actor(), row.actorName(), row.actorRole(), row.actorOrganisation(), row.commandId(),
                tree(row.data()));
    }

    /** A writer of JSON Lines onto the stream; {@link Lines#close} flushes what is left. */
    static Lines jsonLines(OutputStream out) throws IOException {
        JsonGenerator json = JSON.getFactory().createGenerator(out);
        json.setRootValueSeparator(null);
        return new Lines(json, row -> {
            try {
                json.writeStartObject();
                json.writeStringField("partnershipId", row.partnershipId().toString());
                json.writeNumberField("sequence", row.sequence());
                json.writeStringField("eventId", row.eventId().toString());
                json.writeStringField("type", row.type());
                json.writeStringField("occurredAt", row.occurredAt().toString());
                json.writeStringField("actor", row.actor());
                json.writeStringField("actorName", row.actorName());
                json.writeStringField("actorRole", row.actorRole());
                json.writeStringField("actorOrganisation", row.actorOrganisation());
                json.writeStringField("commandId", row.commandId());
                json.writeFieldName("data");
                json.writeRawValue(row.data());
                json.writeEndObject();
                json.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A writer of CSV onto the stream, its header written first. */
    static Lines csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(csvLine(CSV_HEADER.stream()));
        return new Lines(writer, row -> {
            try {
                writer.write(csvLine(Stream.of(row.partnershipId(), row.sequence(), row.eventId(), row.type(),
                        row.occurredAt(), row.actor(), row.actorName(), row.actorRole(), row.actorOrganisation(),
                        row.commandId(), row.data()).map(value -> value == null ? null : value.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One record, its fields quoted as they need, ended by CRLF as RFC 4180 has it. */
    static String csvLine(Stream<String> fields) {
        return fields.map(CsvFields::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Rows written one by one onto a stream that is flushed, not closed, at the end (the container closes it). */
    record Lines(java.io.Flushable target, Consumer<HistoryRow> writer) implements Consumer<HistoryRow> {

        @Override
        public void accept(HistoryRow row) {
            writer.accept(row);
        }

        void close() throws IOException {
            target.flush();
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON", e);
        }
    }
}
