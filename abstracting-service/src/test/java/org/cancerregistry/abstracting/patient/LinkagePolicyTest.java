package org.cancerregistry.abstracting.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.cancerregistry.abstracting.linkage.LinkageThresholds;
import org.junit.jupiter.api.Test;

class LinkagePolicyTest {

    @Test
    void shouldKeepTheTunedCutOffsWhenTheRegistryConfiguresNone() {
        assertThat(policy(null, null).thresholds()).isEqualTo(LinkageThresholds.standard());
    }

    @Test
    void shouldTakeTheRegistrysOwnCutOffs() {
        assertThat(policy(24.0, null).thresholds()).isEqualTo(new LinkageThresholds(24.0, LinkageThresholds.standard().lower()));
        assertThat(policy(null, 10.0).thresholds()).isEqualTo(new LinkageThresholds(LinkageThresholds.standard().upper(), 10.0));
    }

    @Test
    void shouldRefuseAnUpperCutOffBelowTheLowerOne() {
        assertThatThrownBy(() -> policy(10.0, 12.0).thresholds()).isInstanceOf(IllegalArgumentException.class);
    }

    private static LinkagePolicy policy(Double upper, Double lower) {
        return new LinkagePolicy() {
            @Override
            public Optional<Double> upperThreshold() {
                return Optional.ofNullable(upper);
            }

            @Override
            public Optional<Double> lowerThreshold() {
                return Optional.ofNullable(lower);
            }
        };
    }
}
