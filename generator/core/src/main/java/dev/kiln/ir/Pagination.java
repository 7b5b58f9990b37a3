package dev.kiln.ir;

import java.util.Optional;

/**
 * How a paged operation pages its list, as the linker recognised it or the user named it. Fields of the response
 * body are named by JSON pointers ({@code /data}, {@code /metadata/continue}); the empty pointer is the body itself.
 */
public sealed interface Pagination
        permits Pagination.Cursor,
                Pagination.LastItemCursor,
                Pagination.PageNumber,
                Pagination.Offset,
                Pagination.NextUrl,
                Pagination.LinkHeader {

    /** The type of an item. */
    TypeRef item();

    /** Where the items are in the response body. */
    String items();

    /**
     * The same style with another item type, for when the item's inline type is shared with another place.
     *
     * @param item the item type
     * @return the style
     */
    Pagination withItem(TypeRef item);

    /** The style in words, for the build log: {@code cursor in starting_after from the last item's /id}. */
    String describe();

    /**
     * A query parameter takes the cursor the response names.
     *
     * @param item the item type
     * @param items where the items are
     * @param parameter the query parameter
     * @param nextCursor where the next cursor is in the body
     * @param hasMore where the flag telling whether more pages follow is, when there is one
     */
    record Cursor(TypeRef item, String items, String parameter, String nextCursor, Optional<String> hasMore)
            implements Pagination {
        @Override
        public Pagination withItem(TypeRef item) {
            return new Cursor(item, items, parameter, nextCursor, hasMore);
        }

        @Override
        public String describe() {
            return "cursor in " + parameter + " from " + nextCursor
                    + hasMore.map(flag -> ", until " + flag + " is false").orElse("");
        }
    }

    /**
     * A query parameter takes a field of the last item, such as its id.
     *
     * @param item the item type
     * @param items where the items are
     * @param parameter the query parameter
     * @param itemCursor where the cursor is in an item
     * @param hasMore where the flag telling whether more pages follow is, when there is one
     */
    record LastItemCursor(TypeRef item, String items, String parameter, String itemCursor, Optional<String> hasMore)
            implements Pagination {
        @Override
        public Pagination withItem(TypeRef item) {
            return new LastItemCursor(item, items, parameter, itemCursor, hasMore);
        }

        @Override
        public String describe() {
            return "cursor in " + parameter + " from the last item's " + itemCursor
                    + hasMore.map(flag -> ", until " + flag + " is false").orElse("");
        }
    }

    /**
     * A query parameter takes the page number, counting from 1.
     *
     * @param item the item type
     * @param items where the items are
     * @param parameter the query parameter
     */
    record PageNumber(TypeRef item, String items, String parameter) implements Pagination {
        @Override
        public Pagination withItem(TypeRef item) {
            return new PageNumber(item, items, parameter);
        }

        @Override
        public String describe() {
            return "page number in " + parameter + ", until a page is empty";
        }
    }

    /**
     * A query parameter takes the offset of the first item, counting from 0.
     *
     * @param item the item type
     * @param items where the items are
     * @param parameter the query parameter
     */
    record Offset(TypeRef item, String items, String parameter) implements Pagination {
        @Override
        public Pagination withItem(TypeRef item) {
            return new Offset(item, items, parameter);
        }

        @Override
        public String describe() {
            return "offset in " + parameter + ", until a page is empty";
        }
    }

    /**
     * The body names the next page's URL.
     *
     * @param item the item type
     * @param items where the items are
     * @param url where the next page's URL is in the body
     */
    record NextUrl(TypeRef item, String items, String url) implements Pagination {
        @Override
        public Pagination withItem(TypeRef item) {
            return new NextUrl(item, items, url);
        }

        @Override
        public String describe() {
            return "next URL at " + url;
        }
    }

    /**
     * The {@code Link} header names the next page's URL ({@code rel="next"}).
     *
     * @param item the item type
     * @param items where the items are
     */
    record LinkHeader(TypeRef item, String items) implements Pagination {
        @Override
        public Pagination withItem(TypeRef item) {
            return new LinkHeader(item, items);
        }

        @Override
        public String describe() {
            return "Link header rel=\"next\"";
        }
    }
}
