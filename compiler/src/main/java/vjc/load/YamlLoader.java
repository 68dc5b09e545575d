package vjc.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import vjc.diag.Diagnostic;
import vjc.diag.Origin;
import vjc.diag.Outcome;

/**
 * Builds vjc's positioned tree from YAML 1.2 (and so JSON) text.
 *
 * <p>It works on snakeyaml-engine's event stream rather than its composer: the composer recurses
 * once per nesting level and expands nothing lazily, so depth, alias and size limits could only be
 * enforced after the damage. Here every limit is checked as the events arrive.
 */
public final class YamlLoader {

  private static final Pattern INT10 = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern INT8 = Pattern.compile("0o[0-7]+");
  private static final Pattern INT16 = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
  private static final String MERGE_KEY = "<<";

  private final Limits limits;

  public YamlLoader(Limits limits) {
    this.limits = limits;
  }

  /** Parses one YAML document into a tree; several documents, or none, are errors. */
  public Outcome<Node> load(SourceText source) {
    return load(source, false);
  }

  /**
   * As {@link #load}, for a file that may be a job: several documents whose first is not shaped
   * like a job (a Kubernetes manifest) are {@code input/not-a-job}, which searches skip, rather
   * than {@code yaml/multiple-documents}, which stays for a job file with a second document.
   */
  public Outcome<Node> loadJob(SourceText source) {
    return load(source, true);
  }

  private Outcome<Node> load(SourceText source, boolean mayBeJob) {
    Path file = source.file();
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            // One buffer for the whole text: with the default 1024 the scanner copies its window
            // for every chunk of a long scalar, which is quadratic in the scalar's length.
            .setBufferSize(source.text().length() + 1)
            .build();
    Builder builder = new Builder(source, mayBeJob);
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, source.text()));
      while (parser.hasNext()) {
        Event event = parser.next();
        Optional<Diagnostic> stop = builder.accept(event);
        if (stop.isPresent()) {
          return Outcome.failed(stop.get());
        }
      }
    } catch (MarkedYamlEngineException e) {
      return Outcome.failed(syntaxError(source, e));
    } catch (YamlEngineException e) {
      return Outcome.failed(
          Diagnostic.error("yaml/syntax", Origin.startOf(file), "invalid YAML: " + clean(e)));
    } catch (NumberFormatException e) {
      // snakeyaml-engine parses the hex digits of an escape such as backslash-x-4-1 with
      // Integer.parseInt, which throws when the text ends right after backslash-x, -u or -U
      // (found by fuzzing; a comment cannot spell them: javac reads backslash-u as an escape).
      return Outcome.failed(
          Diagnostic.error(
              "yaml/syntax",
              endOf(source),
              "invalid YAML: the file ends inside an escape sequence of a double-quoted string"));
    }
    if (builder.root == null) {
      return Outcome.failed(
          Diagnostic.error("input/empty", Origin.startOf(file), "the file holds no YAML document")
              .withHint("Write the job as a YAML map, starting with displayName or jobSpec."));
    }
    return Outcome.of(builder.root, builder.warnings);
  }

  private static Diagnostic syntaxError(SourceText source, MarkedYamlEngineException e) {
    Path file = source.file();
    int codePoints = codePoints(source);
    Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
    Origin at = mark == null ? Origin.startOf(file) : insideText(source, codePoints, mark);
    // Where the unfinished string, list or map starts, when that is not where the problem is.
    Optional<String> opened =
        e.getContextMark()
            .map(m -> insideText(source, codePoints, m))
            .filter(o -> o.line() != at.line() || o.column() != at.column())
            .map(o -> "line " + o.line() + ", column " + o.column());
    String problem = e.getProblem() == null ? clean(e) : e.getProblem();
    SyntaxErrors.Explained why = SyntaxErrors.explain(problem, e.getContext(), opened);
    Diagnostic d =
        Diagnostic.error("yaml/syntax", at, trimPeriod("invalid YAML: " + why.message()));
    return why.hint().map(d::withHint).orElse(d);
  }

  private static String clean(YamlEngineException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return trimPeriod(nl < 0 ? m : m.substring(0, nl));
  }

  private static String trimPeriod(String s) {
    String t = s.strip();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /**
   * The mark's place, kept inside the text: snakeyaml counts a lone CR at the very end of the
   * stream as a column rather than a line break, so a mark at the end goes where {@link
   * SourceText#lines()} ends the text.
   */
  private static Origin insideText(SourceText source, int codePoints, Mark mark) {
    return mark.getIndex() < codePoints ? originOf(source.file(), mark) : endOf(source);
  }

  private static int codePoints(SourceText source) {
    return source.text().codePointCount(0, source.text().length());
  }

  /** Where {@link SourceText#lines()} ends the text: after its last line break or last line. */
  private static Origin endOf(SourceText source) {
    String text = source.text();
    List<String> lines = source.lines();
    if (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
      return Origin.of(source.file(), lines.size() + 1, 1);
    }
    String last = lines.get(lines.size() - 1);
    return Origin.of(source.file(), lines.size(), last.codePointCount(0, last.length()) + 1);
  }

  static Origin originOf(Path file, Mark mark) {
    return Origin.of(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Resolves a plain scalar by the YAML 1.2 core schema. */
  static ScalarNode resolvePlain(String text, Origin origin) {
    ScalarNode word =
        switch (text) {
          case "", "~", "null", "Null", "NULL" -> ScalarNode.nul(origin);
          case "true", "True", "TRUE" ->
              new ScalarNode(ScalarNode.Type.BOOLEAN, Boolean.TRUE, false, origin);
          case "false", "False", "FALSE" ->
              new ScalarNode(ScalarNode.Type.BOOLEAN, Boolean.FALSE, false, origin);
          default -> null;
        };
    if (word != null) {
      return word;
    }
    if (!mayBeNumber(text)) {
      return new ScalarNode(ScalarNode.Type.STRING, text, false, origin);
    }
    if (INT10.matcher(text).matches()) {
      String digits = text.startsWith("+") ? text.substring(1) : text;
      return new ScalarNode(ScalarNode.Type.INTEGER, new BigInteger(digits), false, origin);
    }
    if (INT8.matcher(text).matches()) {
      return new ScalarNode(
          ScalarNode.Type.INTEGER, new BigInteger(text.substring(2), 8), false, origin);
    }
    if (INT16.matcher(text).matches()) {
      return new ScalarNode(
          ScalarNode.Type.INTEGER, new BigInteger(text.substring(2), 16), false, origin);
    }
    if (FLOAT.matcher(text).matches() && text.length() < 400) {
      return new ScalarNode(ScalarNode.Type.FLOAT, new BigDecimal(text), false, origin);
    }
    if (INF.matcher(text).matches()) {
      double v = text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return new ScalarNode(ScalarNode.Type.FLOAT, v, false, origin);
    }
    if (NAN.matcher(text).matches()) {
      return new ScalarNode(ScalarNode.Type.FLOAT, Double.NaN, false, origin);
    }
    return new ScalarNode(ScalarNode.Type.STRING, text, false, origin);
  }

  /**
   * False for text no core-schema number pattern can match, decided from its first character: most
   * plain scalars in a job file are names like {@code n1-standard-4}, and trying the patterns on
   * each was a sixth of a lint run.
   */
  private static boolean mayBeNumber(String text) {
    char c = text.charAt(0);
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  }

  /** Turns the event stream into a tree with an explicit stack, checking limits as it goes. */
  private final class Builder {
    private final Path file;
    private final SourceText source;
    private final boolean mayBeJob;
    private final int codePoints;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Node> anchors = new HashMap<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private Node root;
    private int documents;
    private int aliases;
    private long nodes;
    private long chars;

    Builder(SourceText source, boolean mayBeJob) {
      this.file = source.file();
      this.source = source;
      this.mayBeJob = mayBeJob;
      this.codePoints = codePoints(source);
    }

    Optional<Diagnostic> accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          documents++;
          if (documents > 1 && mayBeJob && (root == null || !JobShape.isJob(root))) {
            return Optional.of(
                Diagnostic.error(
                        "input/not-a-job",
                        at(event),
                        "the file holds more than one YAML document and the first is not a"
                            + " custom job (a Kubernetes manifest holds several); not a job")
                    .withHint(
                        "A job file is one YAML document with jobSpec. With --only-jobs (as in"
                            + " the pre-commit hook) such files are skipped."));
          }
          if (documents > 1) {
            return Optional.of(
                Diagnostic.error(
                        "yaml/multiple-documents",
                        at(event),
                        "the file holds more than one YAML document; a job file is one document")
                    .withHint("Put each job in its own file."));
          }
        }
        case MappingStart, SequenceStart -> {
          CollectionStartEvent start = (CollectionStartEvent) event;
          Optional<Diagnostic> tag = checkTag(start.getTag(), event, true);
          if (tag.isPresent()) {
            return tag;
          }
          if (stack.size() >= limits.maxDepth()) {
            return Optional.of(
                Diagnostic.error(
                    "input/too-deep",
                    at(event),
                    "nesting is deeper than "
                        + limits.maxDepth()
                        + " levels; a job file needs fewer than 10"));
          }
          boolean isMap = event.getEventId() == Event.ID.MappingStart;
          stack.push(new Frame(isMap, at(event), start.getAnchor()));
        }
        case MappingEnd, SequenceEnd -> {
          Frame frame = stack.pop();
          Node node =
              frame.isMap
                  ? MapNode.of(frame.fields, frame.origin)
                  : ListNode.of(frame.items, frame.origin);
          return place(node, 1, frame.anchor, event);
        }
        case Scalar -> {
          ScalarEvent scalar = (ScalarEvent) event;
          if (scalar.getValue().length() > limits.maxScalarChars()) {
            return Optional.of(
                Diagnostic.error(
                    "input/too-large",
                    at(event),
                    "a single value is "
                        + scalar.getValue().length()
                        + " characters long; the limit is "
                        + limits.maxScalarChars()));
          }
          Optional<Diagnostic> tag = checkTag(scalar.getTag(), event, false);
          if (tag.isPresent()) {
            return tag;
          }
          Optional<Diagnostic> unencodable = checkEncodable(scalar);
          if (unencodable.isPresent()) {
            return unencodable;
          }
          chars += scalar.getValue().length();
          return place(scalarNode(scalar), 1, scalar.getAnchor(), event);
        }
        case Alias -> {
          AliasEvent alias = (AliasEvent) event;
          String name = alias.getAlias().getValue();
          Node target = anchors.get(name);
          if (target == null) {
            return Optional.of(
                Diagnostic.error(
                    "yaml/syntax",
                    at(event),
                    "alias *" + name + " names no anchor defined before it"));
          }
          aliases++;
          if (aliases > limits.maxAliases()) {
            return Optional.of(
                Diagnostic.error(
                    "input/too-many-aliases",
                    at(event),
                    "more than " + limits.maxAliases() + " aliases in one file"));
          }
          Optional<Diagnostic> placed = place(target, target.weight(), Optional.empty(), event);
          if (placed.isPresent()) {
            return placed;
          }
          // Counting values is not enough: an alias of a 1 MB string is one value. The walk costs
          // no more than the values just counted, and those are bounded.
          chars += chars(target);
          if (chars > limits.maxFileBytes()) {
            return Optional.of(
                Diagnostic.error(
                        "input/too-large",
                        at(event),
                        "the document expands to more than "
                            + limits.maxFileBytes()
                            + " characters of text (aliases count each time they are used)")
                    .withHint("Remove the aliases that multiply the document's size."));
          }
          return Optional.empty();
        }
        default -> {
          // StreamStart, StreamEnd, DocumentEnd and comments carry nothing for the tree.
        }
      }
      return Optional.empty();
    }

    /** Characters in the keys and scalars under {@code node}, aliases expanded. */
    private long chars(Node node) {
      if (node instanceof ScalarNode s) {
        return s.text().length();
      }
      long n = 0;
      if (node instanceof MapNode m) {
        for (MapNode.Field f : m.fields()) {
          n += f.key().length() + chars(f.value());
        }
      } else if (node instanceof ListNode l) {
        for (Node item : l.items()) {
          n += chars(item);
        }
      }
      return n;
    }

    private Optional<Diagnostic> checkTag(Optional<String> tag, Event event, boolean collection) {
      if (tag.isEmpty()) {
        return Optional.empty();
      }
      String t = tag.get();
      boolean known =
          collection
              ? t.equals("tag:yaml.org,2002:map") || t.equals("tag:yaml.org,2002:seq")
              : t.equals("tag:yaml.org,2002:str")
                  || t.equals("tag:yaml.org,2002:int")
                  || t.equals("tag:yaml.org,2002:float")
                  || t.equals("tag:yaml.org,2002:bool")
                  || t.equals("tag:yaml.org,2002:null")
                  || t.equals("!");
      if (known) {
        return Optional.empty();
      }
      return Optional.of(
          Diagnostic.error(
                  "yaml/unsupported-tag", at(event), "the YAML tag " + t + " is not supported")
              .withHint("Remove the tag; job files use plain maps, lists and scalars."));
    }

    /**
     * Every key and value passes here once, whatever stage reads it later: a string UTF-8 cannot
     * encode would otherwise lint clean and crash the emitter.
     */
    private Optional<Diagnostic> checkEncodable(ScalarEvent e) {
      String v = e.getValue();
      int bad = Utf16.firstLoneSurrogate(v);
      if (bad < 0) {
        return Optional.empty();
      }
      return Optional.of(
          Diagnostic.error(
                  "input/invalid-string",
                  at(e),
                  "this string holds half of a surrogate pair ("
                      + Utf16.codePoint(v.charAt(bad))
                      + ", character "
                      + (v.codePointCount(0, bad) + 1)
                      + "), which UTF-8, protobuf and the Vertex AI API cannot carry")
              .withHint(
                  "An escape from \\uD800 to \\uDFFF must come as a high-low pair; write the"
                      + " character itself, or its code point as \\UXXXXXXXX."));
    }

    private ScalarNode scalarNode(ScalarEvent e) {
      Origin origin = at(e);
      String tag = e.getTag().orElse(null);
      if (tag != null && !tag.equals("!")) {
        ScalarNode plain = resolvePlain(e.getValue(), origin);
        String wanted = tag.substring(tag.lastIndexOf(':') + 1);
        if (wanted.equals("str")) {
          return new ScalarNode(ScalarNode.Type.STRING, e.getValue(), true, origin);
        }
        // An explicit core tag on a plain value keeps its resolved type when it agrees.
        return plain;
      }
      if (e.getScalarStyle() != ScalarStyle.PLAIN || tag != null) {
        return new ScalarNode(ScalarNode.Type.STRING, e.getValue(), true, origin);
      }
      return resolvePlain(e.getValue(), origin);
    }

    /** Adds {@code node}, which brings {@code added} new values: 1, or an alias's whole subtree. */
    private Optional<Diagnostic> place(
        Node node, long added, Optional<Anchor> anchor, Event event) {
      nodes += added;
      if (nodes > limits.maxNodes()) {
        return Optional.of(
            Diagnostic.error(
                    "input/too-large",
                    at(event),
                    "the document expands to more than "
                        + limits.maxNodes()
                        + " values (aliases count each time they are used)")
                .withHint("Remove the aliases that multiply the document's size."));
      }
      anchor.ifPresent(a -> anchors.put(a.getValue(), node));
      Frame parent = stack.peek();
      if (parent == null) {
        root = node;
        return Optional.empty();
      }
      if (!parent.isMap) {
        parent.items.add(node);
        return Optional.empty();
      }
      if (parent.pendingKey == null) {
        return acceptKey(parent, node);
      }
      String key = parent.pendingKey;
      Origin keyOrigin = parent.pendingKeyOrigin;
      parent.pendingKey = null;
      if (key.equals(MERGE_KEY) && parent.pendingMerge) {
        return merge(parent, node, keyOrigin);
      }
      if (parent.hasMerge) {
        // An explicit key wins over one brought in by an earlier merge key.
        parent.fields.removeIf(f -> f.key().equals(key));
      }
      parent.fields.add(new MapNode.Field(key, keyOrigin, node));
      return Optional.empty();
    }

    private Optional<Diagnostic> acceptKey(Frame parent, Node key) {
      if (!(key instanceof ScalarNode scalar)) {
        return Optional.of(
            Diagnostic.error(
                "yaml/complex-key",
                key.origin(),
                "a " + key.kindName() + " is used as a map key; keys must be plain text"));
      }
      String text = scalar.text();
      if (scalar.type() == ScalarNode.Type.NULL && !scalar.quoted()) {
        text = "";
      }
      Origin previous = parent.keyOrigins.get(text);
      boolean isMerge = text.equals(MERGE_KEY) && !scalar.quoted();
      if (previous != null && !isMerge) {
        return Optional.of(
            Diagnostic.error(
                    "yaml/duplicate-key",
                    scalar.origin(),
                    "duplicate key '"
                        + text
                        + "'; it is first defined at line "
                        + previous.line()
                        + ", and YAML keeps only one of them")
                .withHint("Remove one of the two '" + text + "' keys."));
      }
      if (!isMerge) {
        parent.keyOrigins.put(text, scalar.origin());
      }
      parent.pendingKey = text;
      parent.pendingKeyOrigin = scalar.origin();
      parent.pendingMerge = isMerge;
      return Optional.empty();
    }

    /** YAML 1.1 merge keys ({@code <<: *base}), which many job files rely on. */
    private Optional<Diagnostic> merge(Frame parent, Node value, Origin keyOrigin) {
      List<MapNode> sources = new ArrayList<>();
      if (value instanceof MapNode m) {
        sources.add(m);
      } else if (value instanceof ListNode l) {
        for (Node item : l.items()) {
          if (!(item instanceof MapNode m)) {
            return Optional.of(mergeError(keyOrigin));
          }
          sources.add(m);
        }
      } else {
        return Optional.of(mergeError(keyOrigin));
      }
      for (MapNode source : sources) {
        for (MapNode.Field f : source.fields()) {
          boolean present = parent.fields.stream().anyMatch(x -> x.key().equals(f.key()));
          if (!present) {
            parent.fields.add(f);
          }
        }
      }
      parent.hasMerge = true;
      return Optional.empty();
    }

    private Diagnostic mergeError(Origin at) {
      return Diagnostic.error("yaml/syntax", at, "the merge key << takes a map or a list of maps");
    }

    private Origin at(Event event) {
      return event
          .getStartMark()
          .map(m -> insideText(source, codePoints, m))
          .orElse(Origin.startOf(file));
    }
  }

  /** A map or list under construction. */
  private static final class Frame {
    final boolean isMap;
    final Origin origin;
    final Optional<Anchor> anchor;
    final List<MapNode.Field> fields = new ArrayList<>();
    final List<Node> items = new ArrayList<>();
    final Map<String, Origin> keyOrigins = new HashMap<>();
    String pendingKey;
    Origin pendingKeyOrigin;
    boolean pendingMerge;
    boolean hasMerge;

    Frame(boolean isMap, Origin origin, Optional<Anchor> anchor) {
      this.isMap = isMap;
      this.origin = origin;
      this.anchor = anchor;
    }
  }
}
