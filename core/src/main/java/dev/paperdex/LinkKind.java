package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a {@link Link} points to, decided from its host and path.
 *
 * <ul>
 *   <li>{@link #CODE}: a source repository or a runnable demo: github.com, gitlab.com,
 *       bitbucket.org, codeberg.org, huggingface.co/spaces, colab, paperswithcode code pages.
 *   <li>{@link #HF_MODEL}: a model on huggingface.co ({@code huggingface.co/org/name}).
 *   <li>{@link #HF_DATASET}: a dataset on huggingface.co ({@code huggingface.co/datasets/...}).
 *   <li>{@link #ARXIV}: an arXiv abstract or PDF, or a bare {@code arXiv:2410.15027} id.
 *   <li>{@link #DOI}: a {@code doi.org} link or a bare {@code 10.nnnn/...} DOI.
 *   <li>{@link #PROJECT_PAGE}: a project web page ({@code *.github.io}, {@code sites.google.com},
 *       or a link the source itself labels as the project page).
 *   <li>{@link #OTHER}: anything else.
 * </ul>
 */
public enum LinkKind {
    CODE,
    PROJECT_PAGE,
    ARXIV,
    DOI,
    HF_MODEL,
    HF_DATASET,
    OTHER;

    /** The JSON name: the constant in lower case, e.g. {@code project_page}. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a kind from its JSON name or constant name, ignoring case. */
    @JsonCreator
    public static LinkKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
