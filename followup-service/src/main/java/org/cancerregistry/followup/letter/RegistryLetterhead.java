package org.cancerregistry.followup.letter;

import java.util.List;

/** The registry's name, return address and phone, printed at the top and bottom of every letter. */
public record RegistryLetterhead(String registryName, List<String> returnAddressLines, String phone) {

    public RegistryLetterhead {
        Required.text("registryName", registryName);
        returnAddressLines = Required.lines("returnAddressLines", returnAddressLines);
        Required.text("phone", phone);
    }
}
