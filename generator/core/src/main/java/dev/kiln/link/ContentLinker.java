package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Returns;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.OperationTypeRole;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links what an operation sends and receives by media type: the request body as JSON, multipart, form or raw
 * bytes, and the first 2xx response as JSON, text or bytes, with a typed event stream beside it when the response
 * can be {@code text/event-stream}.
 */
final class ContentLinker {
    private final ComponentRefs refs;
    private final SchemaLinker schemas;
    private final Drops drops;
    private final Symbols symbols;

    ContentLinker(ComponentRefs refs, SchemaLinker schemas, Drops drops, Symbols symbols) {
        this.symbols = symbols;
        this.refs = refs;
        this.schemas = schemas;
        this.drops = drops;
    }

    /**
     * Links an operation's request body in the media type Kiln sends best; a body of no type it can send is reported
     * and left out.
     */
    Optional<RequestBody> requestBody(
            io.swagger.v3.oas.models.Operation operation, String operationId, JsonPointer pointer) {
        io.swagger.v3.oas.models.parameters.RequestBody body = operation.getRequestBody();
        if (body == null) {
            return Optional.empty();
        }
        body = refs.requestBody(body);
        if (body == null) {
            return Optional.empty();
        }
        Optional<BodyContent> content = bodyContent(body.getContent());
        JsonPointer requestPointer = pointer.child("requestBody");
        if (content.isEmpty()) {
            if (body.getContent() != null && !body.getContent().isEmpty()) {
                drops.drop(
                        operationId,
                        requestPointer,
                        "its request body",
                        "bodies of type " + String.join(", ", body.getContent().keySet()) + " are not supported",
                        "describe it as JSON, multipart/form-data or application/x-www-form-urlencoded, or give its "
                                + "schema format: binary, to get one");
            }
            return Optional.empty();
        }
        JsonPointer bodyPointer =
                requestPointer.child("content").child(content.get().mediaType());
        // a binary body is its bytes, whatever its schema says of them (format: byte, or none at all)
        TypeRef type = content.get().encoding() == RequestBody.Encoding.BINARY
                ? TypeRef.scalar(TypeRef.ScalarKind.BINARY)
                : bodyType(content.get().schema(), bodyPointer.child("schema"), operationId, OperationTypeRole.REQUEST);
        return Optional.of(new RequestBody(
                type,
                Boolean.TRUE.equals(body.getRequired()),
                Docs.of(body.getDescription(), false),
                content.get().encoding()));
    }

    /**
     * One media type of a request body that Kiln can send; a JSON one without a schema ({@code application/json: {}})
     * takes any JSON, as a response's does, and has a null schema.
     */
    private record BodyContent(String mediaType, Schema<?> schema, RequestBody.Encoding encoding) {}

    private static Optional<BodyContent> bodyContent(Content content) {
        if (content == null) {
            return Optional.empty();
        }
        Optional<BodyContent> best = Optional.empty();
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            Schema<?> schema = entry.getValue().getSchema();
            Optional<RequestBody.Encoding> encoding = requestEncoding(entry.getKey());
            if (encoding.isEmpty() && (isBinary(schema) || isBinaryMediaType(entry.getKey()))) {
                encoding = Optional.of(RequestBody.Encoding.BINARY);
            }
            if (encoding.isEmpty()
                    || (schema == null
                            && encoding.get() != RequestBody.Encoding.JSON
                            && encoding.get() != RequestBody.Encoding.BINARY)) {
                continue;
            }
            if (best.isEmpty()
                    || encoding.get().ordinal() < best.get().encoding().ordinal()) {
                best = Optional.of(new BodyContent(entry.getKey(), schema, encoding.get()));
            }
        }
        return best;
    }

    private static Optional<RequestBody.Encoding> requestEncoding(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (isJson(type)) {
            return Optional.of(RequestBody.Encoding.JSON);
        }
        if (type.startsWith("multipart/form-data")) {
            return Optional.of(RequestBody.Encoding.MULTIPART);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return Optional.of(RequestBody.Encoding.FORM);
        }
        return Optional.empty();
    }

    /** What the first 2xx response of an operation gives back, and the event stream it may give instead. */
    record SuccessResponse(Returns returns, Optional<Events> events) {
        static final SuccessResponse NOTHING = new SuccessResponse(new Returns.Nothing(), Optional.empty());
    }

    /** The events of a {@code text/event-stream} response. */
    record Events(TypeRef type, boolean envelope) {}

    /**
     * Decides what a 2xx response gives back: JSON when it offers JSON, else text for a {@code text/*} string, else a
     * binary stream; a {@code text/event-stream} type adds a typed event stream beside it.
     */
    SuccessResponse success(Content content, String operationId, JsonPointer contentPointer) {
        if (content == null || content.isEmpty()) {
            return SuccessResponse.NOTHING;
        }
        Optional<Events> events = Optional.empty();
        Returns returns = null;
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            String type = entry.getKey().toLowerCase(Locale.ROOT);
            Schema<?> schema = entry.getValue().getSchema();
            JsonPointer schemaPointer = contentPointer.child(entry.getKey()).child("schema");
            if (type.startsWith("text/event-stream")) {
                events = Optional.of(new Events(
                        bodyType(schema, schemaPointer, operationId, OperationTypeRole.EVENT),
                        schema == null || isEnvelope(schema)));
            } else if (isJson(type) && !(returns instanceof Returns.Json)) {
                returns = new Returns.Json(bodyType(schema, schemaPointer, operationId, OperationTypeRole.RESPONSE));
            } else if (returns == null) {
                returns = type.startsWith("text/") && !isBinary(schema) ? new Returns.Text() : new Returns.Binary();
            }
        }
        return new SuccessResponse(returns == null ? new Returns.Binary() : returns, events);
    }

    /** The type of a body, an answer or an event: any JSON where its media type gives no schema. */
    private TypeRef bodyType(Schema<?> schema, JsonPointer schemaPointer, String operationId, OperationTypeRole role) {
        return schema == null
                ? new TypeRef.AnyJson()
                : schemas.linkBody(schema, schemaPointer, bodyTypeName(operationId, role))
                        .type();
    }

    /**
     * The name an inline body of that role would take, before the top-level names it is made unique among: {@link
     * SchemaLinker#linkBody} takes it there.
     */
    private String bodyTypeName(String operationId, OperationTypeRole role) {
        return symbols.operationTypeName(operationId, role, symbols.typeScope());
    }

    /** Whether an event schema describes whole events, an object with a {@code data} field (or a union of those). */
    private boolean isEnvelope(Schema<?> schema) {
        Schema<?> resolved = refs.schema(schema);
        if (resolved == null) {
            return false;
        }
        List<Schema<?>> variants = new ArrayList<>();
        nullToEmpty(resolved.getOneOf()).forEach(variants::add);
        nullToEmpty(resolved.getAnyOf()).forEach(variants::add);
        if (!variants.isEmpty()) {
            return variants.stream().allMatch(variant -> hasDataField(refs.schema(variant)));
        }
        return hasDataField(resolved);
    }

    private static boolean hasDataField(Schema<?> schema) {
        return schema != null
                && schema.getProperties() != null
                && schema.getProperties().containsKey("data");
    }

    private static boolean isBinary(Schema<?> schema) {
        return schema != null && "binary".equals(schema.getFormat());
    }

    /**
     * Whether a media type's body is bytes, not text: {@code application/octet-stream}, a PDF, an archive, an image,
     * a sound or a video.
     */
    private static boolean isBinaryMediaType(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/octet-stream")
                || type.startsWith("application/pdf")
                || type.startsWith("application/zip")
                || type.startsWith("application/gzip")
                || type.startsWith("image/")
                || type.startsWith("audio/")
                || type.startsWith("video/");
    }

    /** The first JSON media type of a content map. */
    static Optional<Map.Entry<String, MediaType>> jsonContent(Content content) {
        if (content == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            if (isJson(entry.getKey().toLowerCase(Locale.ROOT))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    static boolean isJson(String mediaType) {
        return mediaType.startsWith("application/json") || mediaType.contains("+json") || mediaType.equals("*/*");
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
