package org.cancerregistry.followup.letter;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** The registry's letterhead on follow-up letters. */
@ConfigMapping(prefix = "registry.letterhead")
public interface LetterheadConfig {

    /** The registry's name, printed at the top of every letter. */
    String name();

    /** The return address, one line per element. */
    List<String> returnAddress();

    /** The registry's telephone number for replies. */
    String phone();
}
