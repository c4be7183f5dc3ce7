package org.cancerregistry.followup.rates;

import java.time.LocalDate;
import java.util.List;

/** The registry's follow-up rates on a day: the two Commission on Cancer standards, then one row per diagnosis year. */
public record FollowUpRates(LocalDate asOf, int referenceYear, List<Rate> rates) {

    public FollowUpRates {
        rates = List.copyOf(rates);
    }
}
