package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The constants of one generated open enum by wire value, and its codec: a known value reads as its constant, any
 * other as a new instance that keeps it. Numbers are looked up by their plain text without trailing zeros, so that
 * {@code 1.50} finds the constant {@code 1.5} and {@code 10.0} finds {@code 10}.
 *
 * @param <E> the open enum
 * @param <W> its wire value's type
 * @param <V> the Java enum of its known values
 */
public final class OpenEnumType<E extends OpenEnum<W, V>, W, V extends Enum<V>> implements Codec<E> {
    private final Codec<W> wire;
    private final BiFunction<W, V, E> factory;
    private final V unknown;
    private final Map<Object, E> known = new HashMap<>();

    /**
     * Indexes the constants of an open enum.
     *
     * @param wire the codec of its wire values
     * @param factory its constructor
     * @param unknown the {@code _UNKNOWN} constant of its Java enum
     * @param constants its constants, one per value the spec lists
     */
    public OpenEnumType(Codec<W> wire, BiFunction<W, V, E> factory, V unknown, E[] constants) {
        this.wire = Objects.requireNonNull(wire, "wire");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.unknown = Objects.requireNonNull(unknown, "unknown");
        for (E constant : constants) {
            known.put(key(constant.wire()), constant);
        }
    }

    /**
     * Returns the constant for a known value, or a new instance that keeps an unknown one.
     *
     * @param wireValue the value as sent on the wire
     * @return the value
     */
    public E of(W wireValue) {
        E constant = known.get(key(Objects.requireNonNull(wireValue, "wireValue")));
        return constant != null ? constant : factory.apply(wireValue, unknown);
    }

    @Override
    public E decode(JsonNode node, String path) {
        return of(wire.decode(node, path));
    }

    @Override
    public E decodeMember(JsonNode node, String parent, String name) {
        return of(wire.decodeMember(node, parent, name));
    }

    @Override
    public E decodeElement(JsonNode node, String parent, int index) {
        return of(wire.decodeElement(node, parent, index));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E read(JsonInput input) {
        if (wire == Codecs.STRING) {
            // the common wire type read at a call site of its own; a token of another type fails in the codec
            String text = TokenRead.STRING.read(input);
            if (text != null) {
                return of((W) text);
            }
        }
        return of(wire.read(input));
    }

    @Override
    public void write(JsonGenerator generator, E value) throws IOException {
        wire.write(generator, value.wire());
    }

    @Override
    public JsonNode encode(E value) {
        return wire.encode(value.wire());
    }

    /** A number may read as a constant written another way ({@code 1.50} as {@code 1.5}), so only others do. */
    @Override
    public boolean roundTrips() {
        return wire.roundTrips();
    }

    private static Object key(Object wireValue) {
        return wireValue instanceof BigDecimal number
                ? number.stripTrailingZeros().toPlainString()
                : wireValue;
    }
}
