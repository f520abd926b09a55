package org.partnerledger.web.security;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The service's audit log of denied requests and refused commands ({@code audit_log}, created by each service's
 * own migrations): who, what, when and the outcome; never a body, a query string or a token.
 */
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param caller        who asked, or {@code null} when no valid token came with the request
     * @param partnershipId the partnership the path names, or {@code null}
     * @param code          the problem's code, or {@code null} when none was noted
     */
    public void record(Caller caller, String method, String path, String partnershipId, int status, String code) {
        jdbc.sql("""
                        INSERT INTO audit_log
                            (subject, role, organisation_id, method, path, partnership_id, status, code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caller == null ? null : caller.subject(),
                        caller == null || caller.role() == null ? null : caller.role().claim(),
                        caller == null ? null : caller.organisationId(),
                        method, path, partnershipId, status, code)
                .update();
    }

    /** A page of a partnership's entries (or, for {@code null}, of those naming none), newest first. */
    public List<AuditEntry> entries(String partnershipId, Long before, int limit) {
        return jdbc.sql("""
                        SELECT id, recorded_at, subject, role, organisation_id, method, path, partnership_id, status,
                               code
                        FROM audit_log
                        WHERE partnership_id IS NOT DISTINCT FROM ? AND id < ?
                        ORDER BY id DESC LIMIT ?""")
                .params(partnershipId, before == null ? Long.MAX_VALUE : before, limit)
                .query((row, number) -> new AuditEntry(row.getLong("id"),
                        row.getObject("recorded_at", Timestamp.class).toInstant(), row.getString("subject"),
                        row.getString("role"), row.getString("organisation_id"), row.getString("method"),
                        row.getString("path"), row.getString("partnership_id"), row.getInt("status"),
                        row.getString("code")))
                .list();
    }

    /**
     * One denied request or refused command.
     *
     * @param id            the entry's place in the log; pass it as {@code before} for the next page
     * @param subject       who asked, or {@code null} without a valid token
     * @param partnershipId the partnership the path named, or {@code null}
     * @param code          the problem's stable code, or {@code null}
     */
    public record AuditEntry(long id, Instant recordedAt, String subject, String role, String organisationId,
                             String method, String path, String partnershipId, int status, String code) {
    }
}
