package dev.jango.web.forms;

import java.math.BigDecimal;

/** Decimal parsing with Django's digit rules: total digits, decimal places, digits before the point. */
final class Decimals {
    private Decimals() {
    }

    static BigDecimal parse(String text, int maxDigits, int places) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValidationError("invalid", "Enter a number.");
        }
        int precision = value.precision();
        int scale = value.scale();
        int digits;
        int decimals;
        if (scale <= 0) {
            // 12E+3 has two significant digits but five before the point.
            digits = value.signum() == 0 ? 1 : precision - scale;
            decimals = 0;
        } else if (scale > precision) {
            digits = scale;
            decimals = scale;
        } else {
            digits = precision;
            decimals = scale;
        }
        int whole = digits - decimals;
        if (digits > maxDigits) {
            throw new ValidationError("max_digits", "Ensure that there are no more than " + maxDigits
                    + " digits in total.");
        }
        if (decimals > places) {
            throw new ValidationError("max_decimal_places", "Ensure that there are no more than " + places
                    + " decimal places.");
        }
        if (whole > maxDigits - places) {
            throw new ValidationError("max_whole_digits", "Ensure that there are no more than "
                    + (maxDigits - places) + " digits before the decimal point.");
        }
        return value.setScale(places);
    }
}
