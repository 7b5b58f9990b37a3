package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import java.util.ArrayList;
import java.util.List;

/** The build log's account of paging: one line per paged operation, saying how it pages. */
final class PagedOperations {
    private PagedOperations() {}

    static List<String> lines(Api api) {
        List<String> lines = new ArrayList<>();
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                operation
                        .pagination()
                        .ifPresent(pagination -> lines.add("Kiln: paged " + operation.operationId() + " ("
                                + operation.httpMethod() + " " + operation.path() + ") by " + pagination.describe()
                                + ", items at '"
                                + pagination.items() + "': " + String.join("().", service.resourcePath()) + "()."
                                + operation.methodName() + "(...)"));
            }
        }
        return lines;
    }
}
