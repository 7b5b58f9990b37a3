package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.ir.Pagination;

/** The runtime's {@code PageStyle} expression for a paged operation's style. */
final class PageStyles {
    private PageStyles() {}

    static CodeBlock of(Pagination pagination, ClassName pageStyle) {
        if (pagination instanceof Pagination.Cursor cursor) {
            return CodeBlock.of(
                    "$T.cursor($S, $S, $S, $S)",
                    pageStyle,
                    cursor.parameter(),
                    cursor.items(),
                    cursor.nextCursor(),
                    cursor.hasMore().orElse(""));
        }
        if (pagination instanceof Pagination.LastItemCursor cursor) {
            return CodeBlock.of(
                    "$T.cursorFromLastItem($S, $S, $S, $S)",
                    pageStyle,
                    cursor.parameter(),
                    cursor.items(),
                    cursor.itemCursor(),
                    cursor.hasMore().orElse(""));
        }
        if (pagination instanceof Pagination.PageNumber page) {
            return CodeBlock.of("$T.pageNumber($S, $S)", pageStyle, page.parameter(), page.items());
        }
        if (pagination instanceof Pagination.Offset offset) {
            return CodeBlock.of("$T.offset($S, $S)", pageStyle, offset.parameter(), offset.items());
        }
        if (pagination instanceof Pagination.NextUrl next) {
            return CodeBlock.of("$T.nextUrl($S, $S)", pageStyle, next.items(), next.url());
        }
        return CodeBlock.of("$T.linkHeader($S)", pageStyle, pagination.items());
    }
}
