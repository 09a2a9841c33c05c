package org.prepdesk.cli;

import org.prepdesk.model.Kind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "story" → {@link Kind#STORY}, with a message naming the valid kinds. */
final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
        return Kind.fromId(value).orElseThrow(() -> new TypeConversionException(
                "unknown kind '" + value + "' (use one of: " + Kind.allIds() + ")"));
    }
}
