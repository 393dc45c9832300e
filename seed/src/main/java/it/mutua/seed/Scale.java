package it.mutua.seed;

/**
 * How much of the real federation to load: 1 is the whole of it, {@code 1/100} a hundredth. Every count is scaled
 * and rounded, but never below one, so even a tiny scale has a Lombardy cooperative and a national one.
 */
public record Scale(double factor) {

    public Scale {
        if (!(factor > 0) || factor > 10) {
            throw new IllegalArgumentException("scale must be in (0, 10], was " + factor);
        }
    }

    /** Accepts {@code 1}, {@code 0.01} or {@code 1/100}. */
    public static Scale parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                return new Scale(Double.parseDouble(t.substring(0, slash)) / Double.parseDouble(t.substring(slash + 1)));
            }
            return new Scale(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scale must be a number or a fraction like 1/100, was " + text);
        }
    }

    /** The scaled count, at least 1. */
    public int of(int fullCount) {
        return (int) Math.max(1, Math.round(fullCount * factor));
    }

    @Override
    public String toString() {
        return factor >= 1 || Math.abs(1 / factor - Math.round(1 / factor)) > 1e-9
                ? Double.toString(factor) : "1/" + Math.round(1 / factor);
    }
}
