package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.generate.Generator;
import dev.kiln.language.PlainTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case per kind of change the report judges, each from two small specs through the real loader, linker,
 * snapshot and comparison. Each test's comment says why the change breaks the SDK's users or does not; the
 * expected lines say which, and {@link VersionBump} turns them into the version the change calls for.
 */
class ChangeRulesTest {
    private static final String SHOP = shop();

    @TempDir
    Path dir;

    private static String shop() {
        try (InputStream in = ChangeRulesTest.class.getResourceAsStream("/lifecycle/shop.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report for the shop spec with each {@code from} replaced by the {@code to} after it. */
    private List<String> changes(String... edits) throws IOException {
        return between(SHOP, edited(SHOP, edits));
    }

    private List<String> between(String before, String after) throws IOException {
        return new ApiComparison()
                .compare(snapshot(before), snapshot(after)).stream()
                        .map(ApiChange::toString)
                        .toList();
    }

    private static String edited(String spec, String... edits) {
        String after = spec;
        for (int i = 0; i < edits.length; i += 2) {
            assertTrue(after.contains(edits[i]), "the spec has no '" + edits[i] + "' to edit");
            after = after.replace(edits[i], edits[i + 1]);
        }
        return after;
    }

    private ApiSnapshot snapshot(String spec) throws IOException {
        Path file = Files.createTempFile(dir, "shop", ".yaml");
        Files.writeString(file, spec);
        return new Generator(new PlainTarget()).snapshot(file, "shop.yaml");
    }

    private VersionBump bump(String... edits) throws IOException {
        return VersionBump.requiredBy(new ApiComparison().compare(snapshot(SHOP), snapshot(edited(SHOP, edits))));
    }

    @Test
    void theSameSpecChangesNothing() throws IOException {
        assertEquals(List.of(), changes());
    }

    // --- operations

    /** Breaking: the Java method goes, so every call to it stops compiling. */
    @Test
    void aRemovedOperationBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   removed operation POST /orders"),
                changes(
                        "    post:\n      operationId: createOrder",
                        "    x-removed-post:\n      operationId: createOrder"));
    }

    /** Breaking: a new operationId renames the Java method callers call. */
    @Test
    void aRenamedOperationBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   renamed operation GET /orders/{orderId}/events from orders.watch() to orders.follow()"),
                changes("operationId: watchOrder", "operationId: followOrder"));
    }

    /**
     * Breaking: the method keeps its name, so callers still compile, but the server no longer answers the path
     * that clients built from the previous SDK call.
     */
    @Test
    void anOperationMovedToAnotherPathBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   moved operation orders.watch() from GET /orders/{orderId}/events to GET /orders/{orderId}/history"),
                changes("/orders/{orderId}/events:", "/orders/{orderId}/history:"));
    }

    /**
     * Breaking: a second operation on {@code /orders/{orderId}/events} makes {@code events} a resource of its own, so
     * the method callers had moves into it; the report says where it went, and a name override keeps it.
     */
    @Test
    void anOperationThatMakesANestedResourceMovesTheMethodsBesideIt() throws IOException {
        assertEquals(
                List.of(
                        "compatible added operation DELETE /orders/{orderId}/events",
                        "BREAKING   renamed operation GET /orders/{orderId}/events from orders.watch() to orders.events.watchOrder()"),
                changes(
                        "components:\n",
                        "    delete:\n      operationId: stopWatching\n      tags: [orders]\n"
                                + "      parameters:\n        - {name: orderId, in: path, required: true, schema: {type: string}}\n"
                                + "      responses:\n        '204': {description: Stopped.}\ncomponents:\n"));
        assertEquals(
                VersionBump.MAJOR,
                bump(
                        "components:\n",
                        "    delete:\n      operationId: stopWatching\n      tags: [orders]\n"
                                + "      parameters:\n        - {name: orderId, in: path, required: true, schema: {type: string}}\n"
                                + "      responses:\n        '204': {description: Stopped.}\ncomponents:\n"));
    }

    /** Compatible, an addition: a new method nobody has to call. */
    @Test
    void anAddedOperationIsAnAddition() throws IOException {
        assertEquals(
                List.of("compatible added operation POST /orders/{orderId}/archive"),
                changes(
                        "components:\n",
                        "  /orders/{orderId}/archive:\n    post:\n      operationId: archiveOrder\n      tags: [orders]\n"
                                + "      parameters:\n        - {name: orderId, in: path, required: true, schema: {type: string}}\n"
                                + "      responses:\n        '204': {description: Archived.}\ncomponents:\n"));
        assertEquals(
                VersionBump.MINOR,
                bump(
                        "components:\n",
                        "  /orders/{orderId}/archive:\n    post:\n      operationId: archiveOrder\n      tags: [orders]\n"
                                + "      parameters:\n        - {name: orderId, in: path, required: true, schema: {type: string}}\n"
                                + "      responses:\n        '204': {description: Stopped.}\ncomponents:\n"));
    }

    // --- parameters

    /** Breaking: the params builder loses the setter callers call. */
    @Test
    void aRemovedParameterBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   removed parameter GET /orders X-Trace"),
                changes("        - {name: X-Trace, in: header, schema: {type: string}}\n", ""));
    }

    /** Breaking: a renamed parameter is the old one removed (its setter goes) and a new one added. */
    @Test
    void aRenamedParameterBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   removed parameter GET /orders limit",
                        "compatible added optional parameter GET /orders pageSize (int32)"),
                changes("name: limit, in: query", "name: pageSize, in: query"));
    }

    /**
     * Breaking: the value goes somewhere else on the wire (a header the server no longer reads, a path the URL no
     * longer has), and path parameters are method arguments while the others are fields of the params type.
     */
    @Test
    void aParameterMovedBetweenHeaderAndQueryBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   moved parameter GET /orders X-Trace from header to query"),
                changes("name: X-Trace, in: header", "name: X-Trace, in: query"));
        assertEquals(
                List.of("BREAKING   moved parameter GET /orders status from query to header"),
                changes("name: status, in: query", "name: status, in: header"));
    }

    /** Breaking: the order id stops being a method argument and becomes a query field, so every call changes. */
    @Test
    void aParameterMovedFromThePathToTheQueryBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   moved operation orders.watch() from GET /orders/{orderId}/events to GET /orders/events",
                        "BREAKING   moved parameter GET /orders/events orderId from path to query"),
                changes(
                        "/orders/{orderId}/events:", "/orders/events:",
                        "name: orderId, in: path, required: true", "name: orderId, in: query, required: true"));
    }

    /** Breaking for a new required parameter (every call must now pass it); an optional one is an addition. */
    @Test
    void aNewParameterBreaksOnlyWhenRequired() throws IOException {
        assertEquals(
                List.of("BREAKING   added required parameter GET /orders since (date-time)"),
                changes(
                        "        - {name: X-Trace",
                        "        - {name: since, in: query, required: true, schema: {type: string, format: date-time}}\n        - {name: X-Trace"));
        assertEquals(
                List.of("compatible added optional parameter GET /orders since (date-time)"),
                changes(
                        "        - {name: X-Trace",
                        "        - {name: since, in: query, schema: {type: string, format: date-time}}\n        - {name: X-Trace"));
    }

    /** Breaking: callers who left it out must now pass it. Becoming optional breaks nobody: they set it or not. */
    @Test
    void aParameterBecomingRequiredBreaksAndOptionalDoesNot() throws IOException {
        assertEquals(
                List.of("BREAKING   parameter GET /orders X-Trace became required"),
                changes("name: X-Trace, in: header, schema", "name: X-Trace, in: header, required: true, schema"));
        String required =
                edited(SHOP, "name: X-Trace, in: header, schema", "name: X-Trace, in: header, required: true, schema");
        assertEquals(List.of("compatible parameter GET /orders X-Trace became optional"), between(required, SHOP));
    }

    // --- fields and models

    /** Breaking: the accessor and the builder method go. An inline enum of the field goes with it. */
    @Test
    void aRemovedFieldBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   removed field Order.channel", "BREAKING   removed enum Order.Channel"),
                changes("        channel: {type: string, enum: [web, phone]}\n", ""));
    }

    /** Breaking: a renamed field is the old accessor removed and a new one added. */
    @Test
    void aRenamedFieldBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   removed field Shipped.carrier",
                        "compatible added optional field Shipped.shipper (string)"),
                changes("        carrier: {type: string}", "        shipper: {type: string}"));
    }

    /** Breaking: the class goes, and every use of it stops compiling. */
    @Test
    void aRemovedModelBreaks() throws IOException {
        assertEquals(
                List.of(
                        "compatible response 404 of GET /orders no longer offers application/json",
                        "BREAKING   removed model Problem"),
                changes(
                        "          description: No such shop.\n          content:\n            application/json:\n"
                                + "              schema: {$ref: '#/components/schemas/Problem'}\n",
                        "          description: No such shop.\n",
                        "    Problem:\n      type: object\n      properties:\n        message: {type: string}\n",
                        ""));
    }

    /** Breaking: the class name callers wrote is gone, even though its shape is the same. */
    @Test
    void aRenamedModelBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   renamed model Problem to Failure"),
                changes("schemas/Problem'", "schemas/Failure'", "    Problem:\n", "    Failure:\n"));
    }

    /**
     * Breaking: the constant goes, and code naming it stops compiling. Inline enums of query parameters and of
     * fields count as much as named ones.
     */
    @Test
    void aRemovedEnumValueBreaksInlineEnumsIncluded() throws IOException {
        assertEquals(
                List.of("BREAKING   removed enum value ListOrdersParams.Status \"closed\""),
                changes("enum: [open, closed]", "enum: [open]"));
        assertEquals(
                List.of("BREAKING   removed enum value Order.Channel \"phone\""),
                changes("enum: [web, phone]", "enum: [web]"));
    }

    /** Breaking: a renamed value is the old constant removed (code naming it stops compiling) and a new one added. */
    @Test
    void aRenamedEnumValueBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   removed enum value ListOrdersParams.Status \"closed\"",
                        "compatible added enum value ListOrdersParams.Status \"shut\""),
                changes("enum: [open, closed]", "enum: [open, shut]"));
    }

    /** Compatible, an addition: enums are open, so the value used to arrive as an unknown one and still parses. */
    @Test
    void anAddedEnumValueIsAnAddition() throws IOException {
        assertEquals(
                List.of("compatible added enum value ListOrdersParams.Status \"cancelled\""),
                changes("enum: [open, closed]", "enum: [open, closed, cancelled]"));
        assertEquals(VersionBump.MINOR, bump("enum: [open, closed]", "enum: [open, closed, cancelled]"));
    }

    /**
     * Breaking both ways: a wider or narrower type is another Java type ({@code Integer} to {@code Long},
     * {@code String} to an enum), so every accessor and builder method using it changes signature. Widened in a
     * response, callers may also get values they cannot hold; narrowed in a request, values they sent are refused.
     */
    @Test
    void aTypeWidenedOrNarrowedBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   changed type of field Order.total from int32 to int64 (widened)"),
                changes(
                        "        id: {type: string}\n        total: {type: integer, format: int32}",
                        "        id: {type: string}\n        total: {type: integer, format: int64}"));
        assertEquals(
                List.of(
                        "BREAKING   changed type of field Shipped.carrier from string to Shipped.Carrier (narrowed)",
                        "compatible added enum Shipped.Carrier"),
                changes("carrier: {type: string}", "carrier: {type: string, enum: [post, courier]}"));
        assertEquals(
                List.of("BREAKING   changed type of parameter GET /orders limit from int32 to int64 (widened)"),
                changes("{type: integer, format: int32, default: 20}", "{type: integer, format: int64, default: 20}"));
    }

    /**
     * Breaking for requests and responses alike: callers must now send the field, and its accessor no longer
     * returns {@code Optional}.
     */
    @Test
    void aFieldBecomingRequiredBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   field NewOrder.note became required"),
                changes("required: [total]", "required: [total, note]"));
        assertEquals(
                List.of("BREAKING   field Shipped.carrier became required"),
                changes(
                        "      required: [kind]\n      properties:\n        kind: {type: string}\n        carrier",
                        "      required: [kind, carrier]\n      properties:\n        kind: {type: string}\n        carrier"));
    }

    /**
     * Breaking in a response (the accessor now returns {@code Optional}, and the value may be missing); compatible,
     * a patch, in a request-only model (callers who set it still may).
     */
    @Test
    void aFieldBecomingOptionalBreaksReadersOnly() throws IOException {
        assertEquals(
                List.of("BREAKING   field Order.total became optional"),
                changes("required: [id, total]", "required: [id]"));
        assertEquals(
                List.of("compatible field NewOrder.total became optional"),
                changes("required: [total]", "required: []"));
        assertEquals(VersionBump.PATCH, bump("required: [total]", "required: []"));
    }

    /** Breaking where read (null may now arrive), compatible where only sent; the reverse for losing null. */
    @Test
    void nullabilityFollowsTheSameRule() throws IOException {
        assertEquals(
                List.of("BREAKING   field Order.id became nullable"),
                changes("id: {type: string}", "id: {type: string, nullable: true}"));
        assertEquals(
                List.of("compatible field Order.note is no longer nullable"),
                changes("note: {type: string, nullable: true}", "note: {type: string}"));
        assertEquals(
                List.of("compatible field NewOrder.note became nullable"),
                changes(
                        "        note: {type: string}\n        priority",
                        "        note: {type: string, nullable: true}\n        priority"));
    }

    /** Breaking: a new required field of a request model must be sent; of a response model, it is an addition. */
    @Test
    void aNewRequiredFieldBreaksOnlyWhatCallersSend() throws IOException {
        assertEquals(
                List.of("BREAKING   added required field NewOrder.currency (string)"),
                changes(
                        "      required: [total]\n      properties:\n",
                        "      required: [total, currency]\n      properties:\n        currency: {type: string}\n"));
        assertEquals(
                List.of("compatible added required field Order.currency (string)"),
                changes(
                        "      required: [id, total]\n      properties:\n",
                        "      required: [id, total, currency]\n      properties:\n        currency: {type: string}\n"));
    }

    // --- unions

    /**
     * Compatible, an addition: unions are open, so the new kind of event used to arrive as the Unknown variant;
     * callers that handle Unknown keep working.
     */
    @Test
    void anAddedUnionVariantIsAnAddition() throws IOException {
        assertEquals(
                List.of("compatible added model Refunded", "compatible added variant OrderEvent.OfRefunded (Refunded)"),
                changes(
                        "        - $ref: '#/components/schemas/Cancelled'\n",
                        "        - $ref: '#/components/schemas/Cancelled'\n        - $ref: '#/components/schemas/Refunded'\n",
                        "          cancelled: '#/components/schemas/Cancelled'\n",
                        "          cancelled: '#/components/schemas/Cancelled'\n          refunded: '#/components/schemas/Refunded'\n",
                        "    Problem:\n",
                        "    Refunded:\n      type: object\n      required: [kind]\n      properties:\n        kind: {type: string}\n    Problem:\n"));
    }

    /** Breaking: the variant's record goes, and code matching on it stops compiling. */
    @Test
    void aRemovedUnionVariantBreaks() throws IOException {
        String threeVariants = edited(
                edited(
                        SHOP,
                        "        - $ref: '#/components/schemas/Cancelled'\n",
                        "        - $ref: '#/components/schemas/Cancelled'\n        - $ref: '#/components/schemas/Refunded'\n"),
                "    Problem:\n",
                "    Refunded:\n      type: object\n      required: [kind]\n      properties:\n        kind: {type: string}\n    Problem:\n");
        String withoutIt = edited(
                SHOP,
                "    Problem:\n",
                "    Refunded:\n      type: object\n      required: [kind]\n      properties:\n        kind: {type: string}\n    Problem:\n");
        assertEquals(List.of("BREAKING   removed variant OrderEvent.OfRefunded"), between(threeVariants, withoutIt));
    }

    /**
     * Breaking: values are told apart by another property or another tag, so bodies written or read by clients
     * built from the previous SDK land in the wrong variant, or in Unknown.
     */
    @Test
    void aChangedDiscriminatorBreaks() throws IOException {
        assertEquals(
                List.of(
                        "BREAKING   variant OrderEvent.OfShipped is no longer tagged shipped",
                        "compatible variant OrderEvent.OfShipped is also tagged dispatched"),
                changes(
                        "          shipped: '#/components/schemas/Shipped'",
                        "          dispatched: '#/components/schemas/Shipped'"));
        List<String> renamedProperty = changes(
                "propertyName: kind",
                "propertyName: type",
                "required: [kind]\n      properties:\n        kind: {type: string}\n        carrier",
                "required: [type]\n      properties:\n        type: {type: string}\n        carrier",
                "required: [kind]\n      properties:\n        kind: {type: string}\n        reason",
                "required: [type]\n      properties:\n        type: {type: string}\n        reason");
        assertTrue(
                renamedProperty.contains("BREAKING   changed discriminator of OrderEvent from kind to type"),
                renamedProperty.toString());
    }

    // --- media types and statuses

    /** Breaking: the streaming method goes with the event stream, and callers of it stop compiling. */
    @Test
    void aRemovedEventStreamBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   response 200 of GET /orders/{orderId}/events no longer offers text/event-stream"),
                changes(
                        "            text/event-stream:\n              schema: {$ref: '#/components/schemas/OrderEvent'}\n",
                        ""));
    }

    /** Breaking: the server no longer takes the body as multipart, so a client that sends it so is refused. */
    @Test
    void aRemovedMultipartBodyBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   POST /orders no longer accepts a multipart/form-data body"),
                changes(
                        "          multipart/form-data:\n            schema: {$ref: '#/components/schemas/NewOrder'}\n",
                        ""));
    }

    /**
     * Breaking for a success status (callers may branch on the answer they were promised, here 202 Accepted);
     * a patch for an error status, because every error status reaches the same exceptions.
     */
    @Test
    void aRemovedStatusBreaksWhenItIsASuccess() throws IOException {
        assertEquals(
                List.of("BREAKING   removed response 202 of POST /orders"),
                changes("        '202':\n          description: Accepted for later.\n", ""));
        assertEquals(
                List.of("compatible removed response 404 of GET /orders"),
                changes(
                        "        '404':\n          description: No such shop.\n          content:\n            application/json:\n"
                                + "              schema: {$ref: '#/components/schemas/Problem'}\n",
                        ""));
        assertEquals(
                VersionBump.PATCH,
                bump(
                        "        '404':\n          description: No such shop.\n          content:\n            application/json:\n"
                                + "              schema: {$ref: '#/components/schemas/Problem'}\n",
                        ""));
    }

    // --- defaults and servers

    /**
     * Breaking where callers send the value: one who leaves it out now gets other behaviour, with nothing in their
     * build to say so. A patch where they only read it: the server fills it in either way.
     */
    @Test
    void aChangedDefaultBreaksWhatCallersSend() throws IOException {
        assertEquals(
                List.of("BREAKING   changed default of parameter GET /orders limit from 20 to 50"),
                changes("default: 20", "default: 50"));
        assertEquals(
                List.of("BREAKING   changed default of field NewOrder.priority from \"normal\" to \"high\""),
                changes("default: normal", "default: high"));
        assertEquals(
                List.of("compatible changed default of field Shipped.carrier from none to \"post\""),
                changes("carrier: {type: string}", "carrier: {type: string, default: post}"));
    }

    /**
     * Breaking when the first server changes: it is the SDK's default base URL, so callers who never set one
     * silently reach another host. Other servers are not in the SDK: adding or removing one is a patch.
     */
    @Test
    void aChangedDefaultServerBreaks() throws IOException {
        assertEquals(
                List.of("BREAKING   changed default server from https://api.shop.test/v1 to https://api.shop.test/v2"),
                changes("  - url: https://api.shop.test/v1", "  - url: https://api.shop.test/v2"));
        assertEquals(
                List.of("compatible removed server https://sandbox.shop.test/v1"),
                changes("  - url: https://sandbox.shop.test/v1\n", ""));
        assertEquals(VersionBump.PATCH, bump("  - url: https://sandbox.shop.test/v1\n", ""));
    }

    /** Compatible, a patch: callers who send the body still may; breaking the other way round. */
    @Test
    void aRequestBodyBecomingOptionalIsAPatch() throws IOException {
        assertEquals(
                List.of("compatible request body of POST /orders became optional"),
                changes("      requestBody:\n        required: true", "      requestBody:\n        required: false"));
    }
}
