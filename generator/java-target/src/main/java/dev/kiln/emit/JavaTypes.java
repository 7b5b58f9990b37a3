package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef;
import dev.kiln.runtime.core.Codecs;
import dev.kiln.runtime.core.FileContent;
import dev.kiln.runtime.core.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Maps IR types to Java types, to the codecs that read and write them, and to query-string text. */
final class JavaTypes {
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);

    private final SdkLayout layout;

    JavaTypes(SdkLayout layout) {
        this.layout = layout;
    }

    /** The boxed Java type, for generics and fields. */
    TypeName boxed(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == TypeRef.ScalarKind.BINARY
                    ? layout.runtime(FileContent.class)
                    : scalar(scalar.kind());
        }
        if (type instanceof TypeRef.Named named) {
            return layout.model(named.id());
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(LIST, boxed(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(MAP, ClassName.get(String.class), boxed(map.value()));
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return mappedClass(mapped);
        }
        return JSON_NODE;
    }

    /**
     * A class a mapping names, by its fully qualified name: {@code com.acme.Money}, or {@code com.acme.Outer.Inner}
     * for a nested class (a name whose segments start in capitals after the package).
     */
    static ClassName mappedClass(TypeRef.Mapped mapped) {
        try {
            return ClassName.bestGuess(mapped.className());
        } catch (IllegalArgumentException e) {
            int dot = mapped.className().lastIndexOf('.');
            return ClassName.get(
                    mapped.className().substring(0, dot), mapped.className().substring(dot + 1));
        }
    }

    /** The Java type for a value that is never null: primitives where Java has them. */
    TypeName unboxed(TypeRef type) {
        TypeName boxed = boxed(type);
        return boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
    }

    /** An expression giving the codec of {@code type}. */
    CodeBlock codec(TypeRef type) {
        ClassName codecs = layout.runtime(Codecs.class);
        if (type instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("$T.$L", codecs, layout.names().scalarCodec(scalar.kind()));
        }
        if (type instanceof TypeRef.Named named) {
            return CodeBlock.of("$T.codec()", layout.model(named.id()));
        }
        if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.listOf($L)", codecs, codec(list.element()));
        }
        if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.mapOf($L)", codecs, codec(map.value()));
        }
        if (type instanceof TypeRef.Mapped mapped) {
            return layout.names()
                    .mappedCodec(mapped.className())
                    .map(constant -> CodeBlock.of("$T.$L", codecs, constant))
                    .orElseGet(() -> CodeBlock.of("$T.jackson($T.class)", codecs, mappedClass(mapped)));
        }
        return CodeBlock.of("$T.JSON", codecs);
    }

    /** An expression turning {@code value}, of {@code type}, into the text of a query or header parameter. */
    CodeBlock text(TypeRef type, CodeBlock value) {
        if (type instanceof TypeRef.Scalar scalar) {
            switch (scalar.kind()) {
                case STRING:
                    return value;
                case DATE_TIME:
                    return CodeBlock.of("$T.ISO_OFFSET_DATE_TIME.format($L)", DateTimeFormatter.class, value);
                case BINARY:
                    return CodeBlock.of("$L.text()", value);
                default:
                    return CodeBlock.of("$T.valueOf($L)", String.class, value);
            }
        }
        if (type instanceof TypeRef.AnyJson || type instanceof TypeRef.MapOf) {
            return CodeBlock.of("$T.write($L)", layout.runtime(Json.class), jsonNode(type, value));
        }
        if (type instanceof TypeRef.Mapped mapped
                && layout.names().mappedCodec(mapped.className()).isEmpty()) {
            // a class of the user's is sent as Jackson writes it: a string as itself, anything else as JSON
            return CodeBlock.of("$T.text($L)", layout.runtime(Json.class), jsonNode(type, value));
        }
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
    }

    /** An expression giving {@code value} as a JSON tree. */
    CodeBlock jsonNode(TypeRef type, CodeBlock value) {
        if (type instanceof TypeRef.Named) {
            return CodeBlock.of("$L.toJsonNode()", value);
        }
        return CodeBlock.of("$L.encode($L)", codec(type), value);
    }

    /** Whether {@code type} is a plain string, which needs no conversion to text. */
    static boolean isString(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING;
    }

    static TypeId namedId(TypeRef type) {
        return ((TypeRef.Named) type).id();
    }

    private static TypeName scalar(TypeRef.ScalarKind kind) {
        switch (kind) {
            case STRING:
                return ClassName.get(String.class);
            case BOOLEAN:
                return ClassName.get(Boolean.class);
            case INT32:
                return ClassName.get(Integer.class);
            case INT64:
                return ClassName.get(Long.class);
            case DOUBLE:
                return ClassName.get(Double.class);
            case DATE_TIME:
                return ClassName.get(OffsetDateTime.class);
            case DATE:
                return ClassName.get(LocalDate.class);
            default:
                throw new IllegalArgumentException("no Java type for " + kind);
        }
    }
}
