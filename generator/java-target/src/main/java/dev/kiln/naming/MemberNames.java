package dev.kiln.naming;

import dev.kiln.language.NameScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The rules for member names: a model's fields and their raw accessors, a builder's setters and conveniences, a
 * union's factories, tests, accessors and visitor methods, and a method's parameters. Keywords get a trailing
 * underscore ({@code class_}), names that start with a digit a leading one ({@code _24h}), and no member takes a
 * name its kind of type reserves ({@link ReservedNames}).
 */
public final class MemberNames {
    /** The prefix of every union variant's record name: {@code OfString}. */
    private static final String VARIANT_PREFIX = "Of";

    private MemberNames() {}

    /**
     * Names a field accessor (and builder setter).
     *
     * @param jsonName the field's JSON name
     * @param scope the member names already taken in the type
     * @return a unique camelCase name
     */
    public static String fieldName(String jsonName, NameScope scope) {
        return scope.allocate(fieldNameCandidate(jsonName));
    }

    private static String fieldNameCandidate(String jsonName) {
        String candidate = Words.identifier(Words.camel(Words.split(jsonName)), "value");
        if (SourceVersion.isKeyword(candidate) || ReservedNames.MODEL_MEMBERS.contains(candidate)) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    /**
     * Names the fields of one type at once. A field whose JSON name is already the Java name it would get keeps it
     * whatever comes before it ({@code value} stays {@code value} beside an earlier {@code _}); the others are
     * named in spec order.
     *
     * @param jsonNames the fields' JSON names, in spec order
     * @param scope the member names already taken in the type
     * @return the unique camelCase name of each field, in the same order
     */
    public static List<String> fieldNames(List<String> jsonNames, NameScope scope) {
        return ExactNamesFirst.allocate(jsonNames, MemberNames::fieldNameCandidate, scope);
    }

    /**
     * The scope of a builder's member names: its field setters, named by {@link #fieldNames}, and the members every
     * builder has. Convenience setters are named in it, so they take no name a setter or another one has.
     *
     * @param setterNames the Java names of the fields that have setters
     * @return the scope
     */
    public static NameScope builderScope(Collection<String> setterNames) {
        Set<String> taken = new HashSet<>(ReservedNames.BUILDER_MEMBERS);
        taken.addAll(setterNames);
        return new NameScope(taken);
    }

    /**
     * Names the builder method that sets a field as a {@code JsonField}, raw JSON included: {@code _} and the
     * field's setter, as the model's accessor of the raw field ({@code _temperature}). No field's setter starts
     * with {@code _} but before a digit, so this name is no setter's.
     *
     * @param setterName the field's setter
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique name
     */
    public static String rawSetterName(String setterName, NameScope scope) {
        return scope.allocate("_" + setterName);
    }

    /**
     * Names a model's accessor of a field as a {@code JsonField}, raw JSON included: {@code _} and the field's
     * accessor ({@code _temperature}). No field's accessor starts with {@code _} but before a digit, so this name is
     * no field's.
     *
     * @param fieldName the field's accessor
     * @return the raw accessor's name
     */
    public static String rawAccessorName(String fieldName) {
        return "_" + fieldName;
    }

    /**
     * Names the builder method that adds one item to a list field: {@code messages} gives {@code addMessage},
     * {@code policies} {@code addPolicy}, {@code data} {@code addData}.
     *
     * @param jsonName the field's JSON name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String adderName(String jsonName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("add", Words.singular(Words.split(jsonName)))));
    }

    /**
     * Names the builder method that puts one entry into a map field: {@code metadata} gives {@code putMetadata},
     * {@code headers} {@code putHeader}.
     *
     * @param jsonName the field's JSON name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String putterName(String jsonName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("put", Words.singular(Words.split(jsonName)))));
    }

    /**
     * Names the builder method that puts every entry of a map into a map field: {@code headers} gives
     * {@code putAllHeaders}.
     *
     * @param jsonName the field's JSON name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String putAllName(String jsonName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("put all", Words.split(jsonName))));
    }

    /**
     * Names a builder's shortcut setter for one variant of a union field when it cannot be an overload of the
     * field's setter (two variants that Java erases to one type, such as two lists): {@code content} and
     * {@code OfParts} give {@code contentOfParts}.
     *
     * @param setterName the field's setter
     * @param variantName the variant's record name
     * @param scope the builder's member names, from {@link #builderScope}
     * @return a unique camelCase name
     */
    public static String variantSetterName(String setterName, String variantName, NameScope scope) {
        return scope.allocate(setterName + variantName);
    }

    /**
     * The scope of a union's member names: those every union has are taken.
     *
     * @return the scope
     */
    public static NameScope unionScope() {
        return new NameScope(ReservedNames.UNION_MEMBERS);
    }

    /**
     * Names a union's static factory for a variant: {@code OfString} gives {@code ofString}.
     *
     * @param variantName the variant's record name
     * @param scope the union's member names, from {@link #unionScope}
     * @return a unique camelCase name
     */
    public static String variantFactoryName(String variantName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("of", variantWords(variantName))));
    }

    /**
     * Names a union's test for a variant: {@code OfString} gives {@code isString}.
     *
     * @param variantName the variant's record name
     * @param scope the union's member names, from {@link #unionScope}
     * @return a unique camelCase name
     */
    public static String variantTestName(String variantName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("is", variantWords(variantName))));
    }

    /**
     * Names a union's accessor for a variant's value: {@code OfString} gives {@code string}, {@code OfBoolean}
     * {@code boolean_}, {@code Of24h} {@code _24h}.
     *
     * @param variantName the variant's record name
     * @param scope the union's member names, from {@link #unionScope}
     * @return a unique camelCase name
     */
    public static String variantAccessorName(String variantName, NameScope scope) {
        String candidate = Words.identifier(Words.camel(variantWords(variantName)), "variant");
        if (SourceVersion.isKeyword(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
    }

    /**
     * Names the local variable in a union's {@code decode} that holds a variant's attempt to read the JSON:
     * {@code OfString} gives {@code asOfString}. The method's other locals and arguments ({@code json},
     * {@code path}) start otherwise.
     *
     * @param variantName the variant's record name
     * @return the variable's name
     */
    public static String variantAttemptName(String variantName) {
        return "as" + variantName;
    }

    /**
     * The scope of the method names of a union's visitor: {@code unknown} is taken.
     *
     * @return the scope
     */
    public static NameScope visitorScope() {
        return new NameScope(ReservedNames.VISITOR_MEMBERS);
    }

    /**
     * Names a union visitor's method for a variant: {@code OfString} gives {@code visitString}.
     *
     * @param variantName the variant's record name
     * @param scope the visitor's method names, from {@link #visitorScope}
     * @return a unique camelCase name
     */
    public static String visitMethodName(String variantName, NameScope scope) {
        return scope.allocate(Words.camel(prefixed("visit", variantWords(variantName))));
    }

    /** The words of a variant's record name after its {@code Of}. */
    private static List<String> variantWords(String variantName) {
        String rest =
                variantName.startsWith(VARIANT_PREFIX) ? variantName.substring(VARIANT_PREFIX.length()) : variantName;
        return Words.split(rest);
    }

    private static List<String> prefixed(String prefix, List<String> words) {
        List<String> all = new ArrayList<>(Words.split(prefix));
        all.addAll(words);
        return all;
    }

    /**
     * Names a method parameter.
     *
     * @param wireName the parameter's name on the wire
     * @param scope the parameter names already taken
     * @return a unique camelCase name
     */
    public static String parameterName(String wireName, NameScope scope) {
        String candidate = Words.identifier(Words.camel(Words.split(wireName)), "value");
        if (SourceVersion.isKeyword(candidate)) {
            candidate = candidate + "_";
        }
        return scope.allocate(candidate);
    }
}
