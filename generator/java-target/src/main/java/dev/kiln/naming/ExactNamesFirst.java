package dev.kiln.naming;

import dev.kiln.language.NameScope;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Names the members of one group at once (the schemas of a spec, the fields of a type) so that a name that is
 * already the Java name it would get keeps it whatever comes before it: those are allocated first, the others then
 * in spec order.
 */
final class ExactNamesFirst {
    private ExactNamesFirst() {}

    /**
     * Allocates a name for each spec name.
     *
     * @param specNames the names in the spec, in spec order
     * @param candidate the Java name a spec name would get before it is made unique
     * @param scope the names already taken
     * @return the unique name of each, in the same order
     */
    static List<String> allocate(List<String> specNames, UnaryOperator<String> candidate, NameScope scope) {
        String[] names = new String[specNames.size()];
        for (int i = 0; i < names.length; i++) {
            String specName = specNames.get(i);
            if (candidate.apply(specName).equals(specName) && !scope.isTaken(specName)) {
                names[i] = scope.allocate(specName);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                names[i] = scope.allocate(candidate.apply(specNames.get(i)));
            }
        }
        return List.of(names);
    }
}
