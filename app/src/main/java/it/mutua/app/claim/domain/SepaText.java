package it.mutua.app.claim.domain;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text for a SEPA file in the character set every SEPA bank must accept (EPC "Latin character set": a-z A-Z 0-9
 * / - ? : ( ) . , ' + and space). The ISO schema itself lets any Unicode through, but a bank may reject or garble a
 * file with "Niccolò D’Alò" in it, so names are transliterated the way the EPC conversion guidance suggests:
 * accents dropped (à → a, Ç → C), ligatures and letters without a decomposition spelled out (ß → ss, Æ → AE,
 * ø → o, ł → l), typographic apostrophes and dashes to their ASCII forms, {@code &} to {@code +}, anything else
 * to a space; blanks collapsed, then cut to the field's length.
 */
public final class SepaText {

    /** What a name becomes when nothing of it survives (the schema wants at least one character). */
    public static final String NOT_PROVIDED = "NOTPROVIDED";

    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ø', "o"), Map.entry('Ø', "O"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "TH"),
            Map.entry('ı', "i"), Map.entry('&', "+"), Map.entry('’', "'"), Map.entry('‘', "'"),
            Map.entry('`', "'"), Map.entry('´', "'"), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('_', "-"));

    private SepaText() {
    }

    /** {@code text} in the EPC Latin character set, at most {@code max} characters, never empty. */
    public static String latin(String text, int max) {
        if (max < NOT_PROVIDED.length()) {
            throw new IllegalArgumentException("max " + max);
        }
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of a letter NFKD split in two (NFKD also unfolds № to No, ﬁ to fi)
            }
            String spelled = SPELLED.get(c);
            if (spelled != null) {
                out.append(spelled);
            } else if (allowed(c)) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        String clean = out.toString().replaceAll("\\s+", " ").strip();
        if (clean.length() > max) {
            clean = clean.substring(0, max).strip();
        }
        return clean.isEmpty() ? NOT_PROVIDED : clean;
    }

    /** Whether {@code c} is in the EPC Latin character set. */
    public static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
                || "/-?:().,'+".indexOf(c) >= 0;
    }
}
