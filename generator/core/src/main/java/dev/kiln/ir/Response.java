package dev.kiln.ir;

import java.util.List;

/**
 * One response an operation declares, as the spec writes it: what the change report compares and paging looks at,
 * whether or not the SDK reads its body.
 *
 * @param status {@code 200}, {@code 4XX}, {@code default} ...
 * @param mediaTypes the media types of its body, in spec order; empty when it has none
 * @param headers the names of the headers it declares, in spec order
 */
public record Response(String status, List<String> mediaTypes, List<String> headers) {
    public Response {
        mediaTypes = List.copyOf(mediaTypes);
        headers = List.copyOf(headers);
    }

    /**
     * Tells whether this is a success: a {@code 2XX} status.
     *
     * @return true for a {@code 2XX} status
     */
    public boolean success() {
        return status.startsWith("2");
    }
}
