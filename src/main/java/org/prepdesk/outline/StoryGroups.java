package org.prepdesk.outline;

import java.util.regex.Pattern;

/**
 * Headings that group stories written without STAR labels: "Successes", "Failures",
 * "Weaknesses", "My stories", "Challenges", "Mistakes", 成功经历 … Under such a heading a title line with a run
 * of bullets below it, or a paragraph of several lines, is a {@code story} whose body is the whole
 * run (its STAR fields stay empty: the readiness check then says what to split out). Stateless.
 */
final class StoryGroups {
    private static final Pattern GROUP = Pattern.compile("(?iu)\\b(?:stor(?:y|ies)|successes|failures|weaknesses|wins"
            + "|accomplishments|achievements|challenges|conflicts|mistakes|setbacks)\\b"
            + "|\u6545\u4E8B|\u6210\u529F|\u5931\u8D25|\u6311\u6218|\u7ECF\u5386|\u5F31\u70B9|\u7F3A\u70B9");

    private StoryGroups() {
    }

    static boolean isGroup(String title) {
        String t = title.strip();
        return Patterns.tokens(t) <= 5 && !Patterns.isAsksHeading(t) && !Patterns.isQuestion(t)
                && !QuestionShapes.isQuestion(t) && GROUP.matcher(t).find();
    }
}
