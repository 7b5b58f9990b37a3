package dev.kiln.ir;

/** What a successful call gives back, decided by the media types of its first 2xx response. */
public sealed interface Returns permits Returns.Nothing, Returns.Json, Returns.Text, Returns.Binary {

    /** No body to read. */
    record Nothing() implements Returns {}

    /** A JSON body of one type. */
    record Json(TypeRef type) implements Returns {}

    /** A {@code text/*} body read as a string. */
    record Text() implements Returns {}

    /** Any other body, handed over as a stream of bytes the caller reads and closes. */
    record Binary() implements Returns {}
}
