package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;

/** A value of the API that is written as JSON. All generated models share this contract. */
public interface JsonModel {
    /**
     * Returns this value as a JSON tree, with every field it was read with, known or not.
     *
     * @return the JSON tree
     */
    JsonNode toJsonNode();

    /**
     * Returns this value as compact JSON text.
     *
     * @return the JSON text
     */
    default String toJson() {
        return Json.write(toJsonNode());
    }
}
