package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import dev.kiln.ir.TypeId;

/**
 * Where each kind of generated class goes: the client in the base package, and {@code models}, {@code services},
 * {@code errors} and {@code core} below it.
 *
 * @param basePackage the SDK's base package
 * @param clientName the client class's name
 * @param fileComment the comment at the top of every file
 * @param generatorVersion Kiln's version, named in the SDK's {@code User-Agent}
 */
public record SdkLayout(String basePackage, String clientName, String fileComment, String generatorVersion) {
    public String models() {
        return basePackage + ".models";
    }

    public String services() {
        return basePackage + ".services";
    }

    public String errors() {
        return basePackage + ".errors";
    }

    public String core() {
        return basePackage + ".core";
    }

    /** The class of a generated model type. */
    public ClassName model(TypeId id) {
        ClassName name = ClassName.get(models(), id.names().get(0));
        for (String nested : id.names().subList(1, id.names().size())) {
            name = name.nestedClass(nested);
        }
        return name;
    }

    /** A class of the shipped runtime. */
    public ClassName core(String simpleName) {
        return ClassName.get(core(), simpleName);
    }

    /** A class of the errors package. */
    public ClassName error(String simpleName) {
        return ClassName.get(errors(), simpleName);
    }

    /** The client class. */
    public ClassName client() {
        return ClassName.get(basePackage, clientName);
    }
}
