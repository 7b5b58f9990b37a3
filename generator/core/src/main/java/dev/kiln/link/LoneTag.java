package dev.kiln.link;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spec's one tag that groups nothing: the first tag of every operation, over paths that start with
 * {@link #MANY_RESOURCES} resources or more. Plaid's spec tags its 329 operations {@code plaid}, over
 * {@code /accounts/...}, {@code /asset_report/...} and 80 more: the tag is the API's name, and the paths name the
 * resources, as in a spec that tags nothing. One tag over paths that all start alike ({@code core_v1} over
 * {@code /api/v1/...}) or over a few resources ({@code Endpoints} over {@code /endpoints}, {@code /hardware} and
 * {@code /clusters}, in Kiln's own spec) names a group, and stays.
 */
final class LoneTag {
    /** How many resources the paths of one tag's operations start with at least when the tag groups nothing. */
    static final int MANY_RESOURCES = 10;

    private LoneTag() {}

    /**
     * Tells whether the spec's tags group nothing.
     *
     * @param paths the spec's paths, all of them (what a selection leaves out counts too, so that selecting
     *     operations does not move the others)
     * @return true when one tag is every operation's first and their paths start with {@link #MANY_RESOURCES}
     *     resources or more
     */
    static boolean groupsNothing(Map<String, PathItem> paths) {
        Set<String> firstTags = new HashSet<>();
        Set<String> resources = new HashSet<>();
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            List<Operation> operations = path.getValue().readOperations();
            for (Operation operation : operations) {
                List<String> tags = operation.getTags();
                firstTags.add(tags == null || tags.isEmpty() ? "" : tags.get(0));
            }
            if (!operations.isEmpty()) {
                PathResource.of(path.getKey()).ifPresent(resources::add);
            }
        }
        return firstTags.size() == 1 && !firstTags.contains("") && resources.size() >= MANY_RESOURCES;
    }
}
