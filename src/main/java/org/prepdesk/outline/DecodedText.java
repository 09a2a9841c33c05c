package org.prepdesk.outline;

import java.util.List;

/** A file's text after decoding, with what the reader should be told about it (bad bytes replaced…). */
public record DecodedText(String name, String text, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
