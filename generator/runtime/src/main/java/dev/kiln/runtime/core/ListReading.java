package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonToken;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Reads JSON arrays and objects used as maps token by token ({@link Codec#read}). An array of numbers is read into a
 * primitive array behind an unmodifiable list, with no object per item; any other into a list of its items. An item
 * that does not fit fails the whole array, which is then kept as sent, read again from the document.
 */
final class ListReading {
    private ListReading() {}

    static <T> List<T> read(Codec<T> element, JsonInput input) {
        if (input.token() != JsonToken.START_ARRAY) {
            throw input.mismatch("an array");
        }
        long start = input.tokenStart();
        try {
            @SuppressWarnings("unchecked")
            List<T> numbers = (List<T>) numbers(element, input);
            if (numbers != null) {
                return numbers;
            }
            List<T> values = new ArrayList<>();
            for (JsonToken token = input.next(); token != JsonToken.END_ARRAY; token = input.next()) {
                if (token == JsonToken.VALUE_NULL && !(element instanceof AcceptsJsonNull)) {
                    throw input.nullValue();
                }
                values.add(element.read(input));
            }
            return Collections.unmodifiableList(values);
        } catch (JsonDataException item) {
            input.containerFailed(start);
            throw item;
        }
    }

    static <T> Map<String, T> readMap(Codec<T> value, JsonInput input) {
        if (input.token() != JsonToken.START_OBJECT) {
            throw input.mismatch("an object");
        }
        long start = input.tokenStart();
        try {
            Map<String, T> values = new LinkedHashMap<>();
            for (JsonToken token = input.next(); token != JsonToken.END_OBJECT; token = input.next()) {
                String name = input.name();
                token = input.next();
                if (token == JsonToken.VALUE_NULL && !(value instanceof AcceptsJsonNull)) {
                    throw input.nullValue();
                }
                values.put(name, value.read(input));
            }
            return Collections.unmodifiableMap(values);
        } catch (JsonDataException member) {
            input.containerFailed(start);
            throw member;
        }
    }

    /**
     * The items of an array of doubles or integers, in a primitive array: null for an array of anything else. A null
     * or another value fails, as it would as an item of a list.
     */
    private static List<?> numbers(Codec<?> element, JsonInput input) {
        try {
            if (element == Codecs.DOUBLE) {
                double[] items = input.doubles();
                int size = 0;
                for (JsonToken token = input.next(); token != JsonToken.END_ARRAY; token = input.next()) {
                    if (!token.isNumeric()) {
                        failItem(input, "a number");
                    }
                    if (size == items.length) {
                        items = input.moreDoubles();
                    }
                    items[size++] = TokenRead.number(input);
                }
                return new Doubles(Arrays.copyOf(items, size));
            }
            if (element == Codecs.INT64 || element == Codecs.INT32) {
                boolean int32 = element == Codecs.INT32;
                long[] items = input.longs();
                int size = 0;
                for (JsonToken token = input.next(); token != JsonToken.END_ARRAY; token = input.next()) {
                    Object item = token == JsonToken.VALUE_NULL
                            ? null
                            : int32 ? TokenRead.INT32.read(input) : TokenRead.INT64.read(input);
                    if (item == null) {
                        failItem(input, int32 ? "an integer (int32)" : "an integer (int64)");
                    }
                    if (size == items.length) {
                        items = input.moreLongs();
                    }
                    items[size++] = ((Number) item).longValue();
                }
                if (!int32) {
                    return new Longs(Arrays.copyOf(items, size));
                }
                int[] ints = new int[size];
                for (int i = 0; i < size; i++) {
                    ints[i] = (int) items[i];
                }
                return new Ints(ints);
            }
            return null;
        } catch (java.io.IOException e) {
            throw JsonInput.io(e);
        }
    }

    private static void failItem(JsonInput input, String expected) {
        if (input.token() == JsonToken.VALUE_NULL) {
            throw input.nullValue();
        }
        throw input.mismatch(expected);
    }

    /** An unmodifiable list of doubles in one {@code double[]}. */
    private static final class Doubles extends AbstractList<Double> implements RandomAccess {
        private final double[] items;

        Doubles(double[] items) {
            this.items = items;
        }

        @Override
        public Double get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** An unmodifiable list of longs in one {@code long[]}. */
    private static final class Longs extends AbstractList<Long> implements RandomAccess {
        private final long[] items;

        Longs(long[] items) {
            this.items = items;
        }

        @Override
        public Long get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** An unmodifiable list of ints in one {@code int[]}. */
    private static final class Ints extends AbstractList<Integer> implements RandomAccess {
        private final int[] items;

        Ints(int[] items) {
            this.items = items;
        }

        @Override
        public Integer get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }
}
