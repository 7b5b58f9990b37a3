package dev.kiln.bench.models;

/** Reads one payload's JSON text into a kind of model and writes the model back as JSON text. */
public interface ModelCodec {
    /**
     * Reads JSON text into the model.
     *
     * @param json the payload
     * @return the model
     * @throws Exception when the text does not parse
     */
    Object decode(String json) throws Exception;

    /**
     * Writes a model this codec decoded back as JSON text.
     *
     * @param model the model
     * @return the JSON text
     * @throws Exception when writing fails
     */
    String encode(Object model) throws Exception;
}
