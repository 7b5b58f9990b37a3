package dev.kiln.lifecycle;

import dev.kiln.lifecycle.ApiSnapshot.EnumShape;
import dev.kiln.lifecycle.ApiSnapshot.FieldShape;
import dev.kiln.lifecycle.ApiSnapshot.ModelShape;
import dev.kiln.lifecycle.ApiSnapshot.OperationShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares two snapshots of an API and says, for each difference, whether it breaks the SDK's users.
 *
 * <ul>
 *   <li>A removed operation, model, field, parameter or enum value is breaking; an added one is compatible,
 *       because enums are open and unknown fields are kept.
 *   <li>A new required field or parameter is breaking where callers send it (a request model, a parameter),
 *       compatible where they only read it.
 *   <li>A changed type is breaking.
 *   <li>A field that becomes required is breaking: callers must now send it, and its accessor no longer returns
 *       {@code Optional}. One that becomes optional is breaking where callers read it (the accessor now returns
 *       {@code Optional}) and compatible in a model only sent.
 * </ul>
 */
public final class ApiComparison {

    /**
     * Lists what changed from one snapshot to the next: operations, then models, then enums, each in spec order.
     *
     * @param before the previous generation's snapshot
     * @param after the new one's
     * @return the changes, empty when the API is the same
     */
    public List<ApiChange> compare(ApiSnapshot before, ApiSnapshot after) {
        List<ApiChange> changes = new ArrayList<>();
        compareOperations(before.operations(), after.operations(), changes);
        compareModels(before.models(), after.models(), changes);
        compareEnums(before.enums(), after.enums(), changes);
        return changes;
    }

    private static void compareOperations(List<OperationShape> before, List<OperationShape> after, List<ApiChange> changes) {
        Map<String, OperationShape> old = index(before, OperationShape::key);
        Map<String, OperationShape> now = index(after, OperationShape::key);
        old.forEach((key, operation) -> {
            if (!now.containsKey(key)) {
                changes.add(ApiChange.breaking("removed operation " + key));
            }
        });
        now.forEach((key, operation) -> {
            OperationShape previous = old.get(key);
            if (previous == null) {
                changes.add(ApiChange.compatible("added operation " + key));
                return;
            }
            if (!previous.body().equals(operation.body())) {
                changes.add(ApiChange.breaking(
                        "changed request body of " + key + " from " + previous.body() + " to " + operation.body()));
            }
            if (!previous.response().equals(operation.response())) {
                changes.add(ApiChange.breaking(
                        "changed response of " + key + " from " + previous.response() + " to " + operation.response()));
            }
            compareFields("parameter", key, previous.parameters(), operation.parameters(), true, false, changes);
        });
    }

    private static void compareModels(List<ModelShape> before, List<ModelShape> after, List<ApiChange> changes) {
        Map<String, ModelShape> old = index(before, ModelShape::name);
        Map<String, ModelShape> now = index(after, ModelShape::name);
        old.forEach((name, model) -> {
            if (!now.containsKey(name)) {
                changes.add(ApiChange.breaking("removed model " + name));
            }
        });
        now.forEach((name, model) -> {
            ModelShape previous = old.get(name);
            if (previous == null) {
                changes.add(ApiChange.compatible("added model " + name));
                return;
            }
            boolean sent = previous.request() || model.request();
            boolean read = previous.response() || model.response();
            compareFields("field", name, previous.fields(), model.fields(), sent, read, changes);
        });
    }

    private static void compareFields(
            String what,
            String owner,
            List<FieldShape> before,
            List<FieldShape> after,
            boolean sent,
            boolean read,
            List<ApiChange> changes) {
        Map<String, FieldShape> old = index(before, FieldShape::name);
        Map<String, FieldShape> now = index(after, FieldShape::name);
        String separator = what.equals("field") ? "." : " ";
        old.forEach((name, field) -> {
            if (!now.containsKey(name)) {
                changes.add(ApiChange.breaking("removed " + what + " " + owner + separator + name));
            }
        });
        now.forEach((name, field) -> {
            String label = what + " " + owner + separator + name;
            FieldShape previous = old.get(name);
            if (previous == null) {
                String description = "added " + (field.required() ? "required " : "optional ") + label + " (" + field.type() + ")";
                changes.add(field.required() && sent ? ApiChange.breaking(description) : ApiChange.compatible(description));
                return;
            }
            if (!previous.type().equals(field.type())) {
                changes.add(ApiChange.breaking(
                        "changed type of " + label + " from " + previous.type() + " to " + field.type()));
            }
            if (!previous.required() && field.required()) {
                changes.add(ApiChange.breaking(label + " became required"));
            } else if (previous.required() && !field.required()) {
                String description = label + " became optional";
                changes.add(read ? ApiChange.breaking(description) : ApiChange.compatible(description));
            }
        });
    }

    private static void compareEnums(List<EnumShape> before, List<EnumShape> after, List<ApiChange> changes) {
        Map<String, EnumShape> old = index(before, EnumShape::name);
        Map<String, EnumShape> now = index(after, EnumShape::name);
        old.forEach((name, shape) -> {
            if (!now.containsKey(name)) {
                changes.add(ApiChange.breaking("removed enum " + name));
            }
        });
        now.forEach((name, shape) -> {
            EnumShape previous = old.get(name);
            if (previous == null) {
                changes.add(ApiChange.compatible("added enum " + name));
                return;
            }
            for (String value : previous.values()) {
                if (!shape.values().contains(value)) {
                    changes.add(ApiChange.breaking("removed enum value " + name + " " + value));
                }
            }
            for (String value : shape.values()) {
                if (!previous.values().contains(value)) {
                    changes.add(ApiChange.compatible("added enum value " + name + " " + value));
                }
            }
        });
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        items.forEach(item -> index.putIfAbsent(key.apply(item), item));
        return index;
    }
}
