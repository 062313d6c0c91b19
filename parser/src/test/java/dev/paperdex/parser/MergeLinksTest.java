package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MergeLinksTest {
    @Test
    void keysIgnoreSchemeWwwHostCaseAndTrailingSlashesButNotPathCase() {
        assertThat(MergeLinks.key("https://www.GitHub.com/A/b/")).isEqualTo(MergeLinks.key("http://github.com/A/b"));
        assertThat(MergeLinks.key("https://github.com/A/b")).isNotEqualTo(MergeLinks.key("https://github.com/a/b"));
    }

    @Test
    void keepsTheFirstLinkOfAUrlWithItsSpanAndALaterSpecificKind() {
        List<Link> text = List.of(Link.of("https://x.github.io/p", LinkKind.OTHER, 3, 24));
        List<Link> meta = List.of(
                Link.of("https://x.github.io/p/", LinkKind.PROJECT_PAGE),
                Link.of("https://github.com/x/p", LinkKind.CODE));

        assertThat(MergeLinks.union(text, meta))
                .containsExactly(
                        Link.of("https://x.github.io/p", LinkKind.PROJECT_PAGE, 3, 24),
                        Link.of("https://github.com/x/p", LinkKind.CODE));
    }

    @Test
    void findsLinksWithoutSpansForTextThatIsNotTheAbstract() {
        assertThat(MergeLinks.findWithoutSpans("Code: https://github.com/a/b."))
                .containsExactly(Link.of("https://github.com/a/b", LinkKind.CODE));
    }
}
