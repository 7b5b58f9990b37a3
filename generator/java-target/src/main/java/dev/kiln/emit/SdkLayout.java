package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import dev.kiln.ir.TypeId;
import dev.kiln.naming.JavaNames;

/**
 * What every emitter of one SDK shares: the SDK's names ({@link JavaNames}, where every Java name the IR does not
 * carry is decided), the comment at the top of every file and Kiln's version. The package and class lookups here
 * are shortcuts to those names, for the lookups every emitter makes.
 */
public final class SdkLayout {
    private final JavaNames names;
    private final String fileComment;
    private final String generatorVersion;

    /**
     * Lays out one SDK.
     *
     * @param basePackage the SDK's base package
     * @param clientName the client class's name
     * @param fileComment the comment at the top of every file
     * @param generatorVersion Kiln's version, named in the SDK's {@code User-Agent}
     */
    public SdkLayout(String basePackage, String clientName, String fileComment, String generatorVersion) {
        this.names = new JavaNames(basePackage, clientName);
        this.fileComment = fileComment;
        this.generatorVersion = generatorVersion;
    }

    /** {@return the SDK's Java names} */
    public JavaNames names() {
        return names;
    }

    /** {@return the comment at the top of every file} */
    public String fileComment() {
        return fileComment;
    }

    /** {@return Kiln's version, named in the SDK's {@code User-Agent}} */
    public String generatorVersion() {
        return generatorVersion;
    }

    /** {@return the base package} */
    public String basePackage() {
        return names.basePackage();
    }

    /** {@return the package of the models} */
    public String models() {
        return names.models();
    }

    /** {@return the package of the services} */
    public String services() {
        return names.services();
    }

    /** {@return the package of the exceptions} */
    public String errors() {
        return names.errors();
    }

    /** {@return the package of the runtime} */
    public String core() {
        return names.core();
    }

    /**
     * The class of a generated model type.
     *
     * @param id the type's id
     * @return the class
     */
    public ClassName model(TypeId id) {
        return names.model(id);
    }

    /**
     * A class of the shipped runtime, named by its class in the runtime module.
     *
     * @param runtimeClass the runtime's class
     * @return the class in the SDK's core package
     */
    public ClassName runtime(Class<?> runtimeClass) {
        return names.runtime(runtimeClass);
    }
}
