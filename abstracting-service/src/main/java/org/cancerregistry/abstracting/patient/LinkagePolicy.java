package org.cancerregistry.abstracting.patient;

import java.util.Optional;

import org.cancerregistry.abstracting.linkage.LinkageThresholds;

import io.smallrye.config.ConfigMapping;

/**
 * The registry's patient-linkage cut-offs, in bits of Fellegi-Sunter weight: the tuned {@link LinkageThresholds#standard()}
 * unless {@code registry.linkage.upper-threshold} or {@code registry.linkage.lower-threshold} says otherwise.
 */
@ConfigMapping(prefix = "registry.linkage")
public interface LinkagePolicy {

    /** At or above: the report links to the best candidate without a registrar. */
    Optional<Double> upperThreshold();

    /** Below: a new patient; between the two, a registrar decides. */
    Optional<Double> lowerThreshold();

    default LinkageThresholds thresholds() {
        LinkageThresholds standard = LinkageThresholds.standard();
        return new LinkageThresholds(upperThreshold().orElse(standard.upper()), lowerThreshold().orElse(standard.lower()));
    }
}
