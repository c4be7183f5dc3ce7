package org.cancerregistry.abstracting.problem;

import java.util.List;

/** One page of a list; page and size are bounded for every list by {@link PageParameters}. */
public record ResultPage<T>(List<T> items, int page, int size) {
}
