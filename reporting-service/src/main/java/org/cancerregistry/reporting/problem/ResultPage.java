package org.cancerregistry.reporting.problem;

import java.util.List;

/** One page of a list, newest first. */
public record ResultPage<T>(List<T> items, int page, int size) {
}
