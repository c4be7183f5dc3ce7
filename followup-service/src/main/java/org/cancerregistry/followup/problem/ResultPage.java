package org.cancerregistry.followup.problem;

import java.util.List;

/** One page of a list. */
public record ResultPage<T>(List<T> items, int page, int size) {
}
