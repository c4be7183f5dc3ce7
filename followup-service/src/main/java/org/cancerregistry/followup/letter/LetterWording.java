package org.cancerregistry.followup.letter;

import java.util.List;

/** The body of a follow-up letter, worded for its recipient. */
final class LetterWording {

    private LetterWording() {
    }

    static List<String> body(LetterRequest request, RegistryLetterhead letterhead) {
        return switch (request.recipient()) {
            case PHYSICIAN -> toPhysician(request, letterhead);
            case PATIENT -> toPatient(request, letterhead);
        };
    }

    private static List<String> toPhysician(LetterRequest request, RegistryLetterhead letterhead) {
        return List.of(
                "The " + letterhead.registryName() + " follows every patient with a reportable cancer once a year. "
                        + "Our records show " + request.patientName() + " as your patient, and the annual "
                        + "follow-up for this patient was due on " + LetterDates.format(request.dueDate()) + ".",
                "Please tell us the date you last saw the patient, the patient's vital status and cancer status "
                        + "and, if the patient has died, the date of death. You can complete the form below and "
                        + "return it to the address at the bottom of this letter, or call us at "
                        + letterhead.phone() + ". Thank you for supporting cancer surveillance.");
    }

    // The patient letter does not name the cancer site: someone else in the household may open it.
    private static List<String> toPatient(LetterRequest request, RegistryLetterhead letterhead) {
        return List.of(
                "The " + letterhead.registryName() + " keeps a confidential record that helps doctors and "
                        + "researchers improve care for people in our community. Once a year we write to ask how "
                        + "you are doing, and your yearly check-in was due on "
                        + LetterDates.format(request.dueDate()) + ".",
                "We would be grateful if you could take a moment to fill in the short form below and send it back "
                        + "to the address at the bottom of this letter. If you prefer, you can call us at "
                        + letterhead.phone() + ".",
                "If you are reading this on behalf of someone who has died, please accept our sincere sympathy. "
                        + "If you are able, let us know the date of death on the form.",
                "Thank you for your help.");
    }
}
