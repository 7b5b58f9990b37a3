package dev.kiln.naming;

/**
 * The exceptions of the {@code errors} package that every SDK has with the same name, one per status the factory
 * tells apart, and the one for an error event in an event stream.
 */
public enum StatusError {
    /** HTTP 400. */
    BAD_REQUEST("BadRequestException"),
    /** HTTP 401. */
    AUTHENTICATION("AuthenticationException"),
    /** HTTP 403. */
    PERMISSION_DENIED("PermissionDeniedException"),
    /** HTTP 404. */
    NOT_FOUND("NotFoundException"),
    /** HTTP 409. */
    CONFLICT("ConflictException"),
    /** HTTP 422. */
    UNPROCESSABLE_ENTITY("UnprocessableEntityException"),
    /** HTTP 429. */
    RATE_LIMIT("RateLimitException"),
    /** HTTP 5xx. */
    INTERNAL_SERVER("InternalServerException"),
    /** Any other non-2xx status. */
    UNEXPECTED_STATUS_CODE("UnexpectedStatusCodeException"),
    /** An {@code error} event in the middle of a 2xx event stream. */
    STREAM_ERROR("StreamErrorException");

    private final String simpleName;

    StatusError(String simpleName) {
        this.simpleName = simpleName;
    }

    /** {@return the exception's simple name} */
    String simpleName() {
        return simpleName;
    }
}
