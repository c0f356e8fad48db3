package io.followupbot.drafts;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the draft templates. Each kind has one plain-text Mustache file, {@code drafts/<kind>.mustache};
 * an email's file starts with a {@code Subject: ...} line, a voicemail script, LinkedIn note or card has none.
 * A community can change the wording without a rebuild: a file of the same name in the override
 * directory wins over the built-in one.
 *
 * <p>Templates are logic-less and strict: a variable not in {@link TemplateValues#KEYS} is an error, found
 * when the renderer is built rather than when a member asks for a draft.
 */
public final class DraftRenderer {

    private static final String BUILT_IN_FOLDER = "/drafts/";
    private static final String SUBJECT_PREFIX = "Subject:";
    /** Facts dropped, in this order, when a draft measured in characters is over its limit. */
    private static final List<String> DROPPED_WHEN_TOO_LONG = List.of("detail", "role", "company");

    private final Map<DraftKind, Template> templates = new EnumMap<>(DraftKind.class);
    /** A community's own wording, per member (issue 20); none by default. */
    private volatile Wordings wordings = member -> Optional.empty();

    /** Finds the renderer with the wording of a member's community, when it has its own. */
    @FunctionalInterface
    public interface Wordings {
        Optional<DraftRenderer> forMember(MemberKey member);
    }

    /**
     * @param overrideDirectory a folder whose {@code <kind>.mustache} files replace the built-in ones
     * @throws IllegalArgumentException when a template does not compile, uses an unknown value, or breaks
     *     the subject-line rule
     */
    public DraftRenderer(final Optional<Path> overrideDirectory) {
        final Mustache.Compiler compiler = compiler();
        for (final DraftKind kind : DraftKind.values()) {
            final String fileName = kind.key() + ".mustache";
            final Optional<Path> override = overrideDirectory.map(folder -> folder.resolve(fileName))
                    .filter(Files::isRegularFile);
            final String source = override.map(DraftRenderer::read).orElseGet(() -> readBuiltIn(fileName));
            final String origin = override.map(Path::toString).orElse("built-in " + fileName);
            templates.put(kind, validated(kind, compile(compiler, source, origin), origin));
        }
    }

    private DraftRenderer(final Map<DraftKind, Template> base, final Map<DraftKind, String> sources) {
        templates.putAll(base);
        sources.forEach((kind, source) -> templates.put(kind,
                validated(kind, compile(compiler(), source, "community " + kind.key()), "community " + kind.key())));
    }

    /**
     * This wording with some kinds written differently (a community's own templates).
     *
     * @throws IllegalArgumentException when one does not compile, uses an unknown value or breaks the subject rule
     */
    public DraftRenderer withWording(final Map<DraftKind, String> sources) {
        return new DraftRenderer(templates, sources);
    }

    /** Where a community's own wording is found from now on. */
    public void useWordings(final Wordings newWordings) {
        this.wordings = newWordings;
    }

    /** The draft in the wording of the member's community, when it has its own, else in this one. */
    public Draft render(final MemberKey member, final DraftKind kind, final DraftContext context) {
        return wordings.forMember(member).orElse(this).render(kind, context);
    }

    private static Mustache.Compiler compiler() {
        return Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).strictSections(true);
    }

    /** The renderer with the built-in wording only. */
    public static DraftRenderer builtIn() {
        return new DraftRenderer(Optional.empty());
    }

    public Draft render(final DraftKind kind, final DraftContext context) {
        final Map<String, Object> values = new HashMap<>(TemplateValues.of(context));
        String text = execute(kind, values);
        final LengthBounds bounds = kind.bounds();
        for (final String key : DROPPED_WHEN_TOO_LONG) {
            if (bounds.unit() != LengthBounds.Unit.CHARACTERS || bounds.measure(text) <= bounds.max()) {
                break;
            }
            values.put(key, "");
            text = execute(kind, values);
        }
        return split(kind, text, recipientLine(kind, context));
    }

    private String execute(final DraftKind kind, final Map<String, Object> values) {
        return PlainText.tidy(templates.get(kind).execute(values));
    }

    private static Draft split(final DraftKind kind, final String text, final Optional<String> to) {
        if (!text.startsWith(SUBJECT_PREFIX)) {
            return new Draft(kind, Optional.empty(), text, to);
        }
        final int newline = text.indexOf('\n');
        final String subject = (newline < 0 ? text : text.substring(0, newline)).substring(SUBJECT_PREFIX.length());
        final String body = newline < 0 ? "" : PlainText.tidy(text.substring(newline + 1));
        return new Draft(kind, Optional.of(subject.strip()), body, to);
    }

    /** An email goes to a name and address; a card is handed over or posted, so it has no "To:" line. */
    private static Optional<String> recipientLine(final DraftKind kind, final DraftContext context) {
        if (kind == DraftKind.HANDWRITTEN_NOTE) {
            return Optional.empty();
        }
        return context.recipient().map(person -> kind.isEmail() ? nameAndAddress(person) : person.name().strip());
    }

    private static String nameAndAddress(final Interviewer person) {
        final String email = person.email().strip();
        return email.isEmpty() ? person.name().strip() : person.name().strip() + " <" + email + ">";
    }

    private static Template compile(final Mustache.Compiler compiler, final String source, final String origin) {
        try {
            return compiler.compile(source);
        } catch (final MustacheException problem) {
            throw new IllegalArgumentException("Draft template " + origin + " does not compile: "
                    + problem.getMessage(), problem);
        }
    }

    /** Renders once with every value filled and once with every value empty, so each branch is tried. */
    private static Template validated(final DraftKind kind, final Template template, final String origin) {
        final Map<String, Object> filled = new HashMap<>();
        final Map<String, Object> empty = new HashMap<>();
        for (final String key : TemplateValues.KEYS) {
            filled.put(key, key);
            empty.put(key, "");
        }
        for (final Map<String, Object> values : List.of(filled, empty)) {
            final String text;
            try {
                text = PlainText.tidy(template.execute(values));
            } catch (final MustacheException problem) {
                throw new IllegalArgumentException("Draft template " + origin + " uses a value that does not exist ("
                        + problem.getMessage() + "); known values: " + TemplateValues.KEYS, problem);
            }
            if (kind.isEmail() != text.startsWith(SUBJECT_PREFIX)) {
                throw new IllegalArgumentException("Draft template " + origin + (kind.isEmail()
                        ? " must start with a 'Subject: ...' line" : " must not have a subject line"));
            }
        }
        return template;
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (final IOException problem) {
            throw new UncheckedIOException("Cannot read draft template " + file, problem);
        }
    }

    private static String readBuiltIn(final String fileName) {
        try (InputStream in = DraftRenderer.class.getResourceAsStream(BUILT_IN_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Built-in draft template missing: " + BUILT_IN_FOLDER + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException problem) {
            throw new UncheckedIOException("Cannot read built-in draft template " + fileName, problem);
        }
    }
}
