package dev.jango.db.bulk;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A {@link BigDecimal} in PostgreSQL's binary {@code numeric} form: digit count, weight, sign and display scale
 * (four int16s), then base-10,000 digits, most significant first, the first one worth 10,000^weight. The display
 * scale is the decimal's own scale, so the server keeps every digit sent; the column's {@code numeric(p, s)}
 * then rounds and range-checks as for any other insert.
 *
 * <pre>{@code PgNumeric.write(buffer, new BigDecimal("12.50"));   // 2 digits, weight 0, scale 2: 0012 5000}</pre>
 */
final class PgNumeric {
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int MAX_DISPLAY_SCALE = 0x3FFF;
    private static final long[] POWERS = {1, 10, 100, 1_000};

    private PgNumeric() {
    }

    /**
     * Writes the length and the value.
     *
     * @throws ArithmeticException if the value is beyond what PostgreSQL's numeric can hold
     */
    static void write(WireBuffer b, BigDecimal d) {
        int scale = d.scale();
        if (scale > MAX_DISPLAY_SCALE) {
            throw new ArithmeticException("scale " + scale + " exceeds numeric's " + MAX_DISPLAY_SCALE);
        }
        BigInteger unscaled = d.unscaledValue();
        int sign = unscaled.signum() < 0 ? NEGATIVE : POSITIVE;
        // value = |unscaled| × 10^-scale = digits × 10000^-groups, with groups = ceil(scale / 4).
        int groups = Math.floorDiv(scale + 3, 4);
        int pad = 4 * groups - scale;
        short[] digits = unscaled.bitLength() <= 52 ? fromLong(Math.abs(unscaled.longValue()) * POWERS[pad])
                : fromText(unscaled.abs().multiply(BigInteger.TEN.pow(pad)).toString());
        int n = digits.length;
        while (n > 0 && digits[n - 1] == 0) {
            n--;   // trailing zero digits add nothing; the weight belongs to the first digit
        }
        int weight = n == 0 ? 0 : digits.length - 1 - groups;
        if (weight != (short) weight) {
            throw new ArithmeticException("exponent of " + d + " is beyond numeric's range");
        }
        b.int4(8 + 2 * n);
        b.int2(n);
        b.int2(weight);
        b.int2(n == 0 ? POSITIVE : sign);
        b.int2(Math.max(0, scale));
        for (int i = 0; i < n; i++) {
            b.int2(digits[i]);
        }
    }

    private static short[] fromLong(long v) {
        if (v == 0) {
            return new short[0];
        }
        int n = 0;
        for (long x = v; x > 0; x /= 10_000) {
            n++;
        }
        short[] digits = new short[n];
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = (short) (v % 10_000);
            v /= 10_000;
        }
        return digits;
    }

    private static short[] fromText(String decimal) {
        int n = (decimal.length() + 3) / 4;
        short[] digits = new short[n];
        int end = decimal.length();
        for (int i = n - 1; i >= 0; i--) {
            int start = Math.max(0, end - 4);
            digits[i] = (short) Integer.parseInt(decimal, start, end, 10);
            end = start;
        }
        return digits;
    }
}
