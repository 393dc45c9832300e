package it.mutua.app.claim.domain;

import java.util.Optional;

import it.mutua.app.kernel.RuleViolation;

/**
 * The only files a claim takes, recognised by their first bytes, never by their name or the declared content type:
 * an .exe renamed invoice.pdf starts with "MZ" and is refused.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** 10 MB: an invoice scan is far smaller; anything bigger is a mistake or an attack. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final byte[] magic;

    AttachmentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<AttachmentType> sniff(byte[] content) {
        for (AttachmentType type : values()) {
            if (type.matches(content)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type of an upload, or 400 when it is empty, too big or none of the accepted kinds. */
    public static AttachmentType check(byte[] content) {
        if (content.length == 0) {
            throw RuleViolation.invalid("file", "claim.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolation.invalid("file", "claim.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return sniff(content).orElseThrow(() -> RuleViolation.invalid("file", "claim.attachment.type"));
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
