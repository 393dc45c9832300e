package it.mutua.app.claim.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Claim attachments as bytea rows of the national schema, each with its SHA-256. */
@ApplicationScoped
public class AttachmentStore {

    /** What is known about an attachment without reading its bytes. */
    public record Info(long id, long claimId, String fileName, String mediaType, int sizeBytes, String sha256,
                       String uploadedBy, OffsetDateTime uploadedAt) {
    }

    @Inject
    Sql sql;

    public long insert(long claimId, String fileName, String mediaType, byte[] content, String sha256, String by) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO claim_attachment (claim_id, file_name, media_type, "
                            + "size_bytes, sha256, content, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    claimId, fileName, mediaType, content.length, sha256, content, by); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public List<Info> ofClaim(long claimId) {
        return sql.work(c -> {
            var list = new ArrayList<Info>();
            try (PreparedStatement ps = Sql.bind(c, "SELECT id, claim_id, file_name, media_type, size_bytes, sha256, "
                    + "uploaded_by, uploaded_at FROM claim_attachment WHERE claim_id = ? ORDER BY id", claimId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Info(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)));
                }
            }
            return list;
        });
    }

    public Optional<byte[]> content(long claimId, long attachmentId) {
        return sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "SELECT content FROM claim_attachment WHERE claim_id = ? AND id = ?",
                    claimId, attachmentId); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        });
    }
}
