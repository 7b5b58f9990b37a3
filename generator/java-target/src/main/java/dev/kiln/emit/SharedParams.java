package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which operations' parameters classes extend one package-private class holding their accessors and setters, so
 * that each is written once: operations whose parameters are the same (names, types, docs, order) and nest no types
 * of their own, where sharing them writes less. A user still sees each operation's class with every method, as before; only
 * where the methods are declared changes. Kubernetes' API, whose list operations share a dozen parameters, is where
 * this counts.
 */
final class SharedParams {
    /**
     * A package-private class that parameters classes extend.
     *
     * @param name its class
     * @param parameters the parameters, in spec order
     * @param users the operations whose parameters classes extend it, in spec order
     */
    record Base(ClassName name, List<Parameter> parameters, List<Operation> users) {}

    private final List<Base> bases;
    private final Map<TypeId, Base> byParamsType = new HashMap<>();

    private SharedParams(List<Base> bases) {
        this.bases = List.copyOf(bases);
        for (Base base : bases) {
            base.users().forEach(user -> byParamsType.put(user.paramsType().orElseThrow(), base));
        }
    }

    /**
     * Finds the operations of an API that share their parameters.
     *
     * @param api the API
     * @param names the SDK's names, which name the shared classes
     * @return the shared classes
     */
    static SharedParams of(Api api, JavaNames names) {
        Map<List<Parameter>, List<Operation>> bySet = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (TypeModel type : api.types()) {
            taken.add(type.id().names().get(0).toLowerCase(Locale.ROOT));
        }
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                operation
                        .paramsType()
                        .ifPresent(id -> taken.add(id.names().get(0).toLowerCase(Locale.ROOT)));
                if (operation.paramsType().isPresent()
                        && operation.paramsNested().isEmpty()) {
                    bySet.computeIfAbsent(operation.parameters(), set -> new ArrayList<>())
                            .add(operation);
                }
            }
        }
        List<Base> bases = new ArrayList<>();
        for (Map.Entry<List<Parameter>, List<Operation>> set : bySet.entrySet()) {
            if (writesLess(set.getKey().size(), set.getValue().size())) {
                List<ClassName> users = set.getValue().stream()
                        .map(user -> names.model(user.paramsType().orElseThrow()))
                        .toList();
                ClassName name = names.sharedParams(users, taken::contains);
                taken.add(name.simpleName().toLowerCase(Locale.ROOT));
                bases.add(new Base(name, set.getKey(), set.getValue()));
            }
        }
        return new SharedParams(bases);
    }

    /**
     * Whether sharing these parameters makes the SDK smaller: a shared class costs about what one operation's
     * accessors and setters of a parameter and a half do, so one parameter is shared from three operations on, and
     * two or more parameters from two. (One parameter of two operations would be a class more and not a line less.)
     */
    private static boolean writesLess(int parameters, int users) {
        return users > 1 && (users - 1) * parameters >= 2;
    }

    /** {@return the shared classes, in the order of their first users} */
    List<Base> bases() {
        return bases;
    }

    /**
     * The shared class an operation's parameters class extends.
     *
     * @param operation an operation with parameters
     * @return the class, or empty when its parameters are its own
     */
    Optional<Base> of(Operation operation) {
        return operation.paramsType().map(byParamsType::get);
    }
}
