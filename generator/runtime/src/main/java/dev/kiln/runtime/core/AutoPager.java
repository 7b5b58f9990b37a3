package dev.kiln.runtime.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a page and of the pages after it. Pages are fetched lazily: the next one only when an iterator has
 * handed out every item before it. Each iteration starts again from the first page it was given.
 *
 * @param <T> the type of an item
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T, ?> first;

    AutoPager(Page<T, ?> first) {
        this.first = first;
    }

    /**
     * Iterates over every item, fetching pages as needed; a failed fetch is thrown by {@code hasNext()}.
     *
     * @return the iterator
     */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T, ?> page = first;
            private int index;

            @Override
            public boolean hasNext() {
                while (index == page.items().size()) {
                    if (!page.hasNextPage()) {
                        return false;
                    }
                    page = page.nextPage();
                    index = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more items");
                }
                return page.items().get(index++);
            }
        };
    }

    /**
     * Streams every item, fetching pages as the stream consumes them.
     *
     * @return a sequential stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
