package org.cancerregistry.followup.rates;

import io.smallrye.config.ConfigMapping;

/** The registry's policy for its follow-up rates (CoC Standard 6.4). */
@ConfigMapping(prefix = "registry.follow-up-rates")
public interface RatesPolicy {

    /**
     * The registry's reference date year: the first diagnosis year of the all-patients rate when a request names
     * none. The CoC lets each program choose it.
     */
    int referenceYear();
}
