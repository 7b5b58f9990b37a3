package dev.kiln.runtime.core;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads an RFC 3339 date-time as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads it, the usual shape
 * ({@code yyyy-MM-ddTHH:mm:ssZ}, with a fraction of a second or an offset such as {@code +HH:MM}) by its fixed
 * positions, which costs a fraction of the formatter's general parse; any other text, or a date that does not exist,
 * goes to the formatter, which gives the value or the error as before.
 */
final class DateTimeText {
    /** The length of {@code yyyy-MM-ddTHH:mm:ssZ}. */
    private static final int SHORTEST = 20;

    private DateTimeText() {}

    static OffsetDateTime parse(String text) {
        OffsetDateTime usual = usual(text);
        return usual != null ? usual : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The date-time when the text has the usual shape and exists, else null. */
    private static OffsetDateTime usual(String text) {
        int length = text.length();
        if (length < SHORTEST
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && i - start < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                nanos = nanos * 10 + (text.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int scale = i - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, i);
        if ((year | month | day | hour | minute | second) < 0 || offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The offset that ends the text at {@code i}: {@code Z}, or a sign and {@code HH:MM}; else null. */
    private static ZoneOffset offset(String text, int i) {
        int left = text.length() - i;
        if (left == 1 && text.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = left == 6 ? text.charAt(i) : 'x';
        if ((sign != '+' && sign != '-') || text.charAt(i + 3) != ':') {
            return null;
        }
        int hours = digits(text, i + 1, 2);
        int minutes = digits(text, i + 4, 2);
        if ((hours | minutes) < 0) {
            return null;
        }
        try {
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number the {@code count} ASCII digits at {@code from} write, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
