package dev.paperdex.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LinkFinderTest {
    private static Link at(String text, String mention, String url, LinkKind kind) {
        int start = text.indexOf(mention);
        return Link.of(url, kind, start, start + mention.length());
    }

    @Test
    void dropsTrailingSentencePunctuation() {
        String t = "Code is at https://github.com/a/b. Data at https://huggingface.co/datasets/x/y, and more.";
        assertThat(LinkFinder.find(t))
                .containsExactly(
                        at(t, "https://github.com/a/b", "https://github.com/a/b", LinkKind.CODE),
                        at(
                                t,
                                "https://huggingface.co/datasets/x/y",
                                "https://huggingface.co/datasets/x/y",
                                LinkKind.HF_DATASET));
    }

    @Test
    void unwrapsLatexUrlAndHref() {
        String t = "See \\url{https://eval.ai/web/page/2082.} and https://a.github.io/P/{https://a.github.io/P/}.";
        assertThat(LinkFinder.find(t))
                .containsExactly(
                        at(t, "https://eval.ai/web/page/2082", "https://eval.ai/web/page/2082", LinkKind.OTHER),
                        at(t, "https://a.github.io/P/", "https://a.github.io/P/", LinkKind.PROJECT_PAGE));
    }

    @Test
    void keepsBalancedParenthesesAndDropsUnbalancedOnes() {
        String t = "(see https://en.wikipedia.org/wiki/Foo_(bar)) and (https://xkcd.com/927/).";
        assertThat(LinkFinder.find(t))
                .extracting(Link::url)
                .containsExactly("https://en.wikipedia.org/wiki/Foo_(bar)", "https://xkcd.com/927/");
    }

    @Test
    void turnsBareArxivIdsIntoLinks() {
        String t = "Prior work (arXiv:2410.15027) and arXiv: 2412.11767v2, not arXiv:12.3.";
        assertThat(LinkFinder.find(t))
                .containsExactly(
                        at(t, "arXiv:2410.15027", "https://arxiv.org/abs/2410.15027", LinkKind.ARXIV),
                        at(t, "arXiv: 2412.11767v2", "https://arxiv.org/abs/2412.11767", LinkKind.ARXIV));
    }

    @Test
    void classifiesByHostAndPath() {
        assertThat(List.of(
                        "https://github.com/a/b",
                        "https://gitlab.com/a/b",
                        "https://huggingface.co/spaces/a/b",
                        "https://huggingface.co/org/model",
                        "https://hf.co/org/model",
                        "https://huggingface.co/datasets/a/b",
                        "https://arxiv.org/abs/2401.00001",
                        "https://doi.org/10.1/x",
                        "https://x.github.io",
                        "https://youtu.be/abc",
                        "https://huggingface.co/docs/x"))
                .extracting(LinkFinder::kindOf)
                .containsExactly(
                        LinkKind.CODE,
                        LinkKind.CODE,
                        LinkKind.CODE,
                        LinkKind.HF_MODEL,
                        LinkKind.HF_MODEL,
                        LinkKind.HF_DATASET,
                        LinkKind.ARXIV,
                        LinkKind.DOI,
                        LinkKind.PROJECT_PAGE,
                        LinkKind.OTHER,
                        LinkKind.OTHER);
    }

    @Test
    void returnsEachUrlOnceAndAddsSchemeToWww() {
        String t = "www.example.org/x and https://github.com/a/b and again https://github.com/a/b.";
        assertThat(LinkFinder.find(t))
                .extracting(Link::url)
                .containsExactly("https://www.example.org/x", "https://github.com/a/b");
    }

    @Test
    void hostDropsWwwAndCase() {
        assertThat(Link.of("https://WWW.GitHub.com/a", LinkKind.CODE).host()).isEqualTo("github.com");
        assertThat(Link.of("not a url", LinkKind.OTHER).host()).isEmpty();
    }

    @Test
    void runsInLinearTimeOnHostileText() {
        String t = "arXiv:".repeat(20_000) + "https://a.b/" + "(".repeat(20_000) + " " + "http://x.y/".repeat(5_000);
        long t0 = System.nanoTime();
        LinkFinder.find(t);
        assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
    }
}
