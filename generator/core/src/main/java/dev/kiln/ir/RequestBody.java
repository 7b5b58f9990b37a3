package dev.kiln.ir;

/**
 * The body an operation takes.
 *
 * @param type the body's type
 * @param required whether the body must be sent
 * @param docs its description
 * @param encoding how the body goes on the wire
 */
public record RequestBody(TypeRef type, boolean required, Docs docs, Encoding encoding) {

    /**
     * The media types Kiln sends bodies as; when a spec offers several, JSON is preferred, then multipart, then form,
     * then raw bytes.
     */
    public enum Encoding {
        /** {@code application/json} and {@code +json} types. */
        JSON,
        /** {@code multipart/form-data}: fields as parts, binary fields as file parts. */
        MULTIPART,
        /** {@code application/x-www-form-urlencoded}: fields as form pairs, nested objects in brackets. */
        FORM,
        /** Any other type whose schema is {@code format: binary}: a file's bytes as they are. */
        BINARY
    }
}
