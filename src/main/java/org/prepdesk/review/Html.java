package org.prepdesk.review;

/**
 * Escaping for text placed in XHTML. Every piece of user text goes through {@link #text}; the
 * result is safe as element content and inside double- or single-quoted attributes, and is
 * well-formed XML (characters XML forbids are dropped), which the PDF renderer needs.
 */
public final class Html {
    private Html() {
    }

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (isXmlChar(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean isXmlChar(char c) {
        if (Character.isSurrogate(c)) {
            return false;   // a lone half of a pair
        }
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
