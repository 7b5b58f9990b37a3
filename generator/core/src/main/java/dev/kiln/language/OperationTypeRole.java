package dev.kiln.language;

/** The types a target makes for an operation, each named after the operation: its params, body, answer and events. */
public enum OperationTypeRole {
    /** The query, header and cookie parameters. */
    PARAMS,
    /** An inline request body. */
    REQUEST,
    /** An inline response body. */
    RESPONSE,
    /** An inline event of an event stream. */
    EVENT
}
