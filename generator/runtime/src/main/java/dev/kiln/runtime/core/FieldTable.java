package dev.kiln.runtime.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A model's declared fields once described ({@link ModelSchema}), in spec order, with their index by JSON name. */
final class FieldTable {
    final ModelSchema.Field[] fields;
    final Map<String, Integer> index = new HashMap<>();

    /** The codec of the undeclared members, or null when they are kept as JSON. */
    final Codec<Object> additional;

    FieldTable(List<ModelSchema.Field> fields, Codec<Object> additional) {
        this.fields = fields.toArray(new ModelSchema.Field[0]);
        this.additional = additional;
        for (int i = 0; i < this.fields.length; i++) {
            index.put(this.fields[i].jsonName(), i);
        }
    }

    /**
     * The index of the declared field of this name, or -1: tried first at {@code expected}, the field after the one
     * read last, since a server sends an object's members in one order, most often the spec's; the parser gives names
     * interned, so that guess costs a comparison of references.
     */
    int indexOf(String name, int expected) {
        if (expected < fields.length) {
            String guess = fields[expected].jsonName();
            if (guess == name || guess.equals(name)) {
                return expected;
            }
        }
        Integer found = index.get(name);
        return found == null ? -1 : found;
    }
}
