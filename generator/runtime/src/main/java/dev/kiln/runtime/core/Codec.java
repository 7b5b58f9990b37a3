package dev.kiln.runtime.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads one Java type from JSON and writes it back.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {
    /**
     * Reads a value from a JSON node that is not JSON {@code null}.
     *
     * @param node the JSON
     * @param path the JSON path of {@code node}, for error messages
     * @return the value
     * @throws JsonDataException when the JSON does not fit the type
     */
    T decode(JsonNode node, String path);

    /**
     * Reads a value from a document token by token, without a tree: called with the parser on the value's first
     * token, it returns with the parser past the value (see {@link JsonInput}). Codecs that do not read
     * tokens themselves read the value as a tree and {@link #decode} it.
     *
     * @param input the document, on the value's first token, which is not JSON {@code null}
     * @return the value
     * @throws JsonDataException when the JSON does not fit the type, having recorded the value as sent
     */
    default T read(JsonInput input) {
        String path = input.path();
        JsonNode tree = input.readTree();
        try {
            return decode(tree, path);
        } catch (JsonDataException e) {
            input.failed(tree);
            throw e;
        }
    }

    /**
     * Reads the value of a member of an object. Codecs of scalars build the member's path only to report an error,
     * so reading a field costs no string.
     *
     * @param node the member's JSON, not JSON {@code null}
     * @param parent the JSON path of the object
     * @param name the member's name
     * @return the value
     * @throws JsonDataException when the JSON does not fit the type
     */
    default T decodeMember(JsonNode node, String parent, String name) {
        return decode(node, JsonPaths.member(parent, name));
    }

    /**
     * Reads an element of an array; codecs of scalars build the element's path only to report an error.
     *
     * @param node the element's JSON, not JSON {@code null}
     * @param parent the JSON path of the array
     * @param index the element's index
     * @return the value
     * @throws JsonDataException when the JSON does not fit the type
     */
    default T decodeElement(JsonNode node, String parent, int index) {
        return decode(node, JsonPaths.element(parent, index));
    }

    /**
     * Writes a value as JSON.
     *
     * @param value the value, not null
     * @return its JSON
     */
    JsonNode encode(T value);

    /**
     * Writes a value as JSON text through a generator, without a tree; what {@link #encode} gives, written. Codecs
     * that do not write tokens themselves write the tree.
     *
     * @param generator the generator, of {@link Json}'s configuration
     * @param value the value, not null
     * @throws IOException when the generator fails
     */
    default void write(JsonGenerator generator, T value) throws IOException {
        generator.writeTree(encode(value));
    }

    /**
     * Checks a decoded value eagerly: required fields present, nested objects valid. Scalars have nothing to check.
     *
     * @param value the value
     * @throws JsonDataException when the value is incomplete
     */
    default void validate(T value) {}

    /**
     * Tells whether encoding a value this codec decoded gives back JSON equal to what it was decoded from, so that a
     * model need not keep that JSON to write it back exactly: true for strings, integers, booleans and objects, false
     * for a {@code double} ({@code 1.50} would come back as {@code 1.5}) or a date-time (whose zero seconds would be
     * left out). False unless a codec says otherwise.
     *
     * @return whether decoded values write back as they were read
     */
    default boolean roundTrips() {
        return false;
    }

    /**
     * Returns a codec for a type that is represented by this codec's type on the wire.
     *
     * @param decode turns a decoded wire value into the new type
     * @param encode turns the new type into a wire value
     * @param <R> the new type
     * @return the codec
     */
    default <R> Codec<R> map(Function<? super T, ? extends R> decode, Function<? super R, ? extends T> encode) {
        Objects.requireNonNull(decode, "decode");
        Objects.requireNonNull(encode, "encode");
        Codec<T> wire = this;
        return new Codec<>() {
            @Override
            public R decode(JsonNode node, String path) {
                return decode.apply(wire.decode(node, path));
            }

            @Override
            public R decodeMember(JsonNode node, String parent, String name) {
                return decode.apply(wire.decodeMember(node, parent, name));
            }

            @Override
            public R decodeElement(JsonNode node, String parent, int index) {
                return decode.apply(wire.decodeElement(node, parent, index));
            }

            @Override
            public R read(JsonInput input) {
                return decode.apply(wire.read(input));
            }

            @Override
            public void write(JsonGenerator generator, R value) throws IOException {
                wire.write(generator, encode.apply(value));
            }

            @Override
            public JsonNode encode(R value) {
                return wire.encode(encode.apply(value));
            }
        };
    }
}
