package org.cancerregistry.followup.letter;

import com.lowagie.text.Font;

/** Built-in Helvetica only, so that letters embed no font files and render the same everywhere. */
final class LetterFonts {

    static final Font REGISTRY_NAME = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font LETTERHEAD = new Font(Font.HELVETICA, 9, Font.NORMAL);
    static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    static final Font EMPHASIS = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font NOTICE = new Font(Font.HELVETICA, 8, Font.ITALIC);

    private LetterFonts() {
    }
}
