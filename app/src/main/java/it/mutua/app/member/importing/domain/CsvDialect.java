package it.mutua.app.member.importing.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * How a payroll file is written: its encoding (UTF-8 with or without BOM, or Windows-1252 as Excel on Italian Windows
 * saves "CSV") and its separator ({@code ;} as Italian Excel writes, or {@code ,}).
 *
 * <p>Detection reads the whole file once, as a stream: a file that is valid UTF-8 from start to end is UTF-8 (text
 * in Windows-1252 with accented letters is almost never valid UTF-8); otherwise it must be valid Windows-1252 (five
 * byte values are undefined there). Control characters other than tab and line ends mean the file is not text.
 * The separator is the one of {@code ;} and {@code ,} that occurs more often, outside quotes, in the header line.
 */
public record CsvDialect(Charset charset, boolean bom, char delimiter) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    /** Reads the file once to decide; throws {@link PayrollFileException} when it is not a text file we can read. */
    public static CsvDialect detect(Path file) {
        return detect(() -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static CsvDialect detect(Supplier<InputStream> content) {
        byte[] head = new byte[CHUNK];
        int headLength;
        try (InputStream in = content.get()) {
            headLength = in.readNBytes(head, 0, CHUNK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (headLength == 0) {
            throw new PayrollFileException("member.import.empty");
        }
        if (headLength >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new PayrollFileException("member.import.encoding_unsupported", "UTF-16");
        }
        for (int i = 0; i < headLength; i++) {
            // control bytes are the same in UTF-8 and Windows-1252 (never inside a multi-byte sequence): binary content
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
                throw new PayrollFileException("member.import.not_text");
            }
        }
        boolean bom = headLength >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        Charset charset;
        if (decodesCleanly(content, StandardCharsets.UTF_8)) {
            charset = StandardCharsets.UTF_8;
        } else if (!bom && decodesCleanly(content, WINDOWS_1252)) {
            charset = WINDOWS_1252;
        } else {
            throw new PayrollFileException("member.import.encoding_unknown");
        }
        String text = new String(head, 0, headLength, charset);
        int lineEnd = text.indexOf('\n');
        return new CsvDialect(charset, bom, delimiterOf(lineEnd < 0 ? text : text.substring(0, lineEnd)));
    }

    /** {@code ;} unless the header line has more commas than semicolons outside quotes. */
    static char delimiterOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** True when the whole stream decodes without an error and has no control characters but tab, CR and LF. */
    private static boolean decodesCleanly(Supplier<InputStream> content, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        try (InputStream stream = content.get()) {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = stream.read(buffer, 0, in.remaining())) > 0) {
                in.put(buffer, 0, read);
                in.flip();
                if (!decodeChunk(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return decodeChunk(decoder, in, out, true) && flush(decoder, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean decodeChunk(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean last) {
        while (true) {
            CoderResult result = decoder.decode(in, out, last);
            checkText(out);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    private static boolean flush(CharsetDecoder decoder, CharBuffer out) {
        CoderResult result = decoder.flush(out);
        checkText(out);
        return !result.isError();
    }

    /** Binary content (NUL bytes, other control characters) is refused outright, whatever the encoding. */
    private static void checkText(CharBuffer out) {
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                out.clear();
                throw new PayrollFileException("member.import.not_text");
            }
        }
        out.clear();
    }

    /** For the job's record: e.g. {@code UTF-8 (BOM)}. */
    public String describeCharset() {
        return charset.name() + (bom ? " (BOM)" : "");
    }

}
