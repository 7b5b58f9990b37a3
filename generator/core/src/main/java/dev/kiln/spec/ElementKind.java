package dev.kiln.spec;

import java.util.Map;

/**
 * What an element of an OpenAPI document is, so that a {@code $ref} in it can be followed the way the element
 * needs: a schema by name, anything else by putting the referenced object in its place.
 */
enum ElementKind {
    DOCUMENT(null),
    PATHS(null),
    PATH_ITEM("pathItems"),
    OPERATION(null),
    PARAMETER("parameters"),
    HEADER("headers"),
    REQUEST_BODY("requestBodies"),
    RESPONSES(null),
    RESPONSE("responses"),
    MEDIA_TYPE(null),
    ENCODING(null),
    SCHEMA("schemas"),
    DISCRIMINATOR(null),
    /** A value of a discriminator's {@code mapping}: a schema name or a reference written as a string. */
    MAPPING_TARGET(null),
    COMPONENTS(null),
    EXAMPLE("examples"),
    LINK("links"),
    CALLBACK("callbacks"),
    SECURITY_SCHEME("securitySchemes"),
    /** Data, not OpenAPI: examples, defaults, enums, extensions. Copied as written, {@code $ref}s included. */
    OPAQUE(null);

    /** How the members of an element are laid out below it. */
    enum Layout {
        /** the member is one element */
        ONE,
        /** the member maps names to elements */
        MAP,
        /** the member is a list of elements */
        LIST,
        /** the member is one element or a list of them (a schema's {@code items} before 3.1) */
        ONE_OR_LIST
    }

    /** A member's kind and layout. */
    record Member(ElementKind kind, Layout layout) {
        static final Member OPAQUE_MEMBER = new Member(ElementKind.OPAQUE, Layout.ONE);
    }

    private static final Map<String, Member> OPERATIONS = Map.of(
            "get",
            one(OPERATION),
            "put",
            one(OPERATION),
            "post",
            one(OPERATION),
            "delete",
            one(OPERATION),
            "options",
            one(OPERATION),
            "head",
            one(OPERATION),
            "patch",
            one(OPERATION),
            "trace",
            one(OPERATION));

    private final String componentSection;

    ElementKind(String componentSection) {
        this.componentSection = componentSection;
    }

    /** The section of {@code components} that holds elements of this kind, or null when none does. */
    String componentSection() {
        return componentSection;
    }

    /**
     * The kind of a member of an element of this kind.
     *
     * @param name the member's name
     * @return its kind and layout; {@link #OPAQUE} for a member Kiln does not follow into
     */
    Member member(String name) {
        if (name.startsWith("x-")) {
            return Member.OPAQUE_MEMBER;
        }
        Member member = switch (this) {
            case DOCUMENT ->
                switch (name) {
                    case "paths" -> one(PATHS);
                    case "webhooks" -> map(PATH_ITEM);
                    case "components" -> one(COMPONENTS);
                    default -> null;
                };
            case PATHS, CALLBACK -> one(PATH_ITEM);
            case PATH_ITEM -> name.equals("parameters") ? list(PARAMETER) : OPERATIONS.get(name);
            case OPERATION ->
                switch (name) {
                    case "parameters" -> list(PARAMETER);
                    case "requestBody" -> one(REQUEST_BODY);
                    case "responses" -> one(RESPONSES);
                    case "callbacks" -> map(CALLBACK);
                    default -> null;
                };
            case PARAMETER, HEADER ->
                switch (name) {
                    case "schema" -> one(SCHEMA);
                    case "content" -> map(MEDIA_TYPE);
                    case "examples" -> map(EXAMPLE);
                    default -> null;
                };
            case REQUEST_BODY -> name.equals("content") ? map(MEDIA_TYPE) : null;
            case RESPONSES -> one(RESPONSE);
            case RESPONSE ->
                switch (name) {
                    case "headers" -> map(HEADER);
                    case "content" -> map(MEDIA_TYPE);
                    case "links" -> map(LINK);
                    default -> null;
                };
            case MEDIA_TYPE ->
                switch (name) {
                    case "schema" -> one(SCHEMA);
                    case "examples" -> map(EXAMPLE);
                    case "encoding" -> map(ENCODING);
                    default -> null;
                };
            case ENCODING -> name.equals("headers") ? map(HEADER) : null;
            case SCHEMA -> schemaMember(name);
            case DISCRIMINATOR -> name.equals("mapping") ? map(MAPPING_TARGET) : null;
            case COMPONENTS ->
                switch (name) {
                    case "schemas" -> map(SCHEMA);
                    case "responses" -> map(RESPONSE);
                    case "parameters" -> map(PARAMETER);
                    case "examples" -> map(EXAMPLE);
                    case "requestBodies" -> map(REQUEST_BODY);
                    case "headers" -> map(HEADER);
                    case "securitySchemes" -> map(SECURITY_SCHEME);
                    case "links" -> map(LINK);
                    case "callbacks" -> map(CALLBACK);
                    case "pathItems" -> map(PATH_ITEM);
                    default -> null;
                };
            case MAPPING_TARGET, EXAMPLE, LINK, SECURITY_SCHEME, OPAQUE -> null;
        };
        return member == null ? Member.OPAQUE_MEMBER : member;
    }

    private static Member schemaMember(String name) {
        return switch (name) {
            case "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" -> map(SCHEMA);
            case "allOf", "anyOf", "oneOf", "prefixItems" -> list(SCHEMA);
            case "items" -> new Member(SCHEMA, Layout.ONE_OR_LIST);
            case "additionalProperties",
                    "not",
                    "if",
                    "then",
                    "else",
                    "contains",
                    "propertyNames",
                    "unevaluatedProperties",
                    "unevaluatedItems",
                    "additionalItems",
                    "contentSchema" -> one(SCHEMA);
            case "discriminator" -> one(DISCRIMINATOR);
            default -> null;
        };
    }

    private static Member one(ElementKind kind) {
        return new Member(kind, Layout.ONE);
    }

    private static Member map(ElementKind kind) {
        return new Member(kind, Layout.MAP);
    }

    private static Member list(ElementKind kind) {
        return new Member(kind, Layout.LIST);
    }
}
