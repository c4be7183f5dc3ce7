package org.cancerregistry.abstracting.workqueue;

import java.util.List;

/**
 * One page of a list. Every list endpoint bounds its page and size with {@link #MAX_PAGE} and {@link #MAX_SIZE},
 * so the offset (page × size) stays far inside an int.
 */
public record ResultPage<T>(List<T> items, int page, int size) {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;
}
