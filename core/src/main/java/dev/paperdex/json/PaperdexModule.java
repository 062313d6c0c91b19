package dev.paperdex.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.paperdex.Claim;
import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Source;
import dev.paperdex.Span;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardEntry;
import dev.paperdex.group.LeaderboardOptions;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.group.TimelineStep;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The Jackson {@link Module} for paperdex values: register it in your own mapper and {@link Paper}
 * (with its links, metrics, claims and sources) and the leaderboard values read and write exactly
 * as through {@link PaperdexJson#mapper()}, which uses this module.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PaperdexModule());
 * String json = mapper.writeValueAsString(paper);
 * Paper back = mapper.readValue(json, Paper.class);
 * }</pre>
 *
 * <p>What it does, since a module cannot switch mapper-wide features:
 *
 * <ul>
 *   <li>registers {@link Jdk8Module} ({@code Optional}, {@code OptionalInt}) and {@link
 *       JavaTimeModule} ({@code LocalDate}) as its dependencies, unless the mapper has them;
 *   <li>writes every {@link LocalDate} as an ISO {@code yyyy-MM-dd} string through its own
 *       serializer, whatever {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS} says (this
 *       applies to every {@code LocalDate} the mapper writes, not only paperdex ones);
 *   <li>adds a mix-in to each paperdex value type that leaves absent optionals out of the JSON
 *       ({@code NON_ABSENT}) and ignores unknown fields when reading, so records written by a newer
 *       version still read; the user's own types keep the mapper's settings.
 * </ul>
 *
 * <p>Field names ({@code abstract}, {@code metricIndexes}, ...) and lower-case enum values ({@code
 * code}, {@code project_page}, {@code change}) are annotations on the value types themselves and
 * need nothing from the mapper. Instances are cheap; the module holds no state.
 */
public final class PaperdexModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The value types that get the module's inclusion and unknown-field mix-in. */
    private static final List<Class<?>> VALUE_TYPES = List.of(
            Paper.class,
            Link.class,
            Span.class,
            ReportedMetric.class,
            Claim.class,
            Source.class,
            Leaderboard.class,
            LeaderboardRow.class,
            LeaderboardEntry.class,
            LeaderboardOptions.class,
            TimelineStep.class);

    /** A new module. */
    public PaperdexModule() {
        super("paperdex", Version.unknownVersion());
        addSerializer(LocalDate.class, new IsoDateSerializer());
        for (Class<?> type : VALUE_TYPES) {
            setMixInAnnotation(type, ValueMixIn.class);
        }
    }

    /** {@link Jdk8Module} and {@link JavaTimeModule}, registered before this module. */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module(), new JavaTimeModule());
    }

    /** Class-level settings for the paperdex value types; property annotations still win. */
    @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.NON_ABSENT)
    @JsonIgnoreProperties(ignoreUnknown = true)
    abstract static class ValueMixIn {}

    /** {@code LocalDate} as {@code yyyy-MM-dd}. */
    static final class IsoDateSerializer extends StdSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        IsoDateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
