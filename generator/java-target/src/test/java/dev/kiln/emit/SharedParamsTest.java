package dev.kiln.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.Api;
import dev.kiln.link.Linker;
import dev.kiln.naming.JavaNames;
import dev.kiln.naming.JavaSymbols;
import dev.kiln.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which operations' parameters classes share one class: equal parameters, no nested types, and fewer lines. */
class SharedParamsTest {
    @TempDir
    Path folder;

    @Test
    void sharesEqualParametersWhereThatWritesLess() throws Exception {
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: 1.0.0}
                paths:
                  /orders:
                    get:
                      operationId: listOrders
                      parameters: [{$ref: '#/components/parameters/limit'}, {$ref: '#/components/parameters/after'}]
                      responses: {'200': {description: ok}}
                  /refunds:
                    get:
                      operationId: listRefunds
                      parameters: [{$ref: '#/components/parameters/limit'}, {$ref: '#/components/parameters/after'}]
                      responses: {'200': {description: ok}}
                  /carts:
                    get:
                      operationId: listCarts
                      parameters:
                        - {$ref: '#/components/parameters/limit'}
                        - {name: after, in: query, description: Another description, schema: {type: string}}
                      responses: {'200': {description: ok}}
                  /pets:
                    get:
                      operationId: listPets
                      parameters: [{$ref: '#/components/parameters/limit'}]
                      responses: {'200': {description: ok}}
                  /toys:
                    get:
                      operationId: listToys
                      parameters: [{$ref: '#/components/parameters/limit'}]
                      responses: {'200': {description: ok}}
                  /sizes:
                    get:
                      operationId: listSizes
                      parameters:
                        - {name: unit, in: query, schema: {type: string, enum: [cm, in]}}
                      responses: {'200': {description: ok}}
                  /colors:
                    get:
                      operationId: listColors
                      parameters:
                        - {name: unit, in: query, schema: {type: string, enum: [cm, in]}}
                      responses: {'200': {description: ok}}
                components:
                  parameters:
                    limit: {name: limit, in: query, description: How many, schema: {type: integer}}
                    after: {name: after, in: query, description: The cursor, schema: {type: string}}
                """);

        SharedParams shared = SharedParams.of(api, new JavaNames("com.example.shop", "Shop"));

        // two parameters of two operations are shared; another description is another parameter; one parameter of
        // two operations is not worth a class; parameters that nest an enum of their own are never shared
        assertEquals(
                List.of("AbstractListParams: listOrders, listRefunds"),
                shared.bases().stream()
                        .map(base -> base.name().simpleName() + ": "
                                + base.users().stream()
                                        .map(user -> user.operationId())
                                        .collect(Collectors.joining(", ")))
                        .toList());
    }

    @Test
    void sharesOneParameterFromThreeOperationsOn() throws Exception {
        String operation = """
                  /%s:
                    get:
                      operationId: list%s
                      parameters: [{name: limit, in: query, schema: {type: integer}}]
                      responses: {'200': {description: ok}}
                """;
        Api api = link("""
                openapi: 3.0.3
                info: {title: Shop, version: 1.0.0}
                paths:
                """ + operation.formatted("pets", "Pets") + operation.formatted("toys", "Toys")
                + operation.formatted("carts", "Carts"));

        SharedParams shared = SharedParams.of(api, new JavaNames("com.example.shop", "Shop"));

        assertEquals(1, shared.bases().size());
        assertEquals(3, shared.bases().get(0).users().size());
    }

    private Api link(String yaml) throws Exception {
        Path spec = Files.writeString(folder.resolve("spec.yaml"), yaml);
        return new Linker(new JavaSymbols()).link(new SpecLoader().load(spec, "spec.yaml"), "Shop");
    }
}
