package vjc.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vjc.diag.Diagnostic;
import vjc.load.SourceText;

/**
 * The small part of POSIX shell that scripts submitting training jobs use: words, quotes,
 * backslash-newline continuations, comments, {@code NAME=value} assignments and {@code $NAME} /
 * {@code ${NAME}} expansion, commands separated by newlines, {@code ;}, {@code &&}, {@code ||} and
 * {@code |}. Nothing is executed. A variable the script assigns is expanded as the shell would; one
 * it never assigns stays open (see {@link ShellWord}). Command substitution and other expansions
 * that need a running shell are reported, not guessed.
 */
final class ShellScript {

  /**
   * One simple command.
   *
   * @param words its words after expansion
   * @param offset where its first word starts in the source
   * @param commentedOut true when it was found only by reading a commented-out block
   * @param problems what could not be read in it
   */
  record Command(
      List<ShellWord> words, int offset, boolean commentedOut, List<Diagnostic> problems) {
    Command {
      words = List.copyOf(words);
      problems = List.copyOf(problems);
    }
  }

  /**
   * The commands of a script and the open variables they use.
   *
   * @param commands every command, assignments included
   * @param firstUse for each open variable, the offset where the script first uses it
   * @param fromFString the open variables written as Python f-string fields ({@code {NAME}})
   */
  record Parsed(List<Command> commands, Map<String, Integer> firstUse, Set<String> fromFString) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern DEFAULTING =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(:?[-=])(.*)", Pattern.DOTALL);
  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=");
  private static final Pattern FSTRING_FIELD =
      Pattern.compile("(?<![$\\\\{])\\{([A-Za-z_][A-Za-z0-9_]*)\\}(?!\\})");
  private static final Set<String> DECLARATIONS =
      Set.of("export", "readonly", "declare", "local", "typeset");

  private final String s;
  private final Positions positions;
  private final boolean fStrings;
  private final boolean commentedOut;
  private final Map<String, ShellWord> assigned = new HashMap<>();
  private final Map<String, Integer> firstUse = new LinkedHashMap<>();
  private final java.util.Set<String> fromFString = new java.util.LinkedHashSet<>();
  private int i;
  private List<Diagnostic> problems;

  private ShellScript(SourceText source, String text, boolean fStrings, boolean commentedOut) {
    this.s = text;
    this.positions = new Positions(source);
    this.fStrings = fStrings;
    this.commentedOut = commentedOut;
  }

  /**
   * Reads {@code source}; {@code fStrings} also reads {@code {NAME}} as an open variable, for
   * commands copied out of Python notebooks.
   */
  static Parsed parse(SourceText source, boolean fStrings) {
    return parse(source, source.text(), fStrings, false);
  }

  /**
   * Reads the commented-out blocks of {@code source} that start with a {@code gcloud} line, as if
   * their {@code #} were not there; columns stay where they were.
   */
  static Parsed parseCommentedOut(SourceText source, boolean fStrings) {
    String[] lines = source.text().split("\n", -1);
    StringBuilder b = new StringBuilder();
    boolean inBlock = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      String stripped = line.stripLeading();
      boolean comment = stripped.startsWith("#");
      String body = comment ? stripped.substring(1).stripLeading() : "";
      if (comment && (inBlock || body.startsWith("gcloud ") || body.startsWith("!gcloud "))) {
        int hash = line.indexOf('#');
        b.append(line, 0, hash).append(' ').append(line.substring(hash + 1));
        inBlock = line.stripTrailing().endsWith("\\");
      } else {
        // Everything else is blanked, so that only the commented-out command is read.
        b.append(" ".repeat(line.length()));
        inBlock = false;
      }
      if (n < lines.length - 1) {
        b.append('\n');
      }
    }
    return parse(source, b.toString(), fStrings, true);
  }

  private static Parsed parse(SourceText source, String text, boolean fStrings, boolean out) {
    ShellScript sh = new ShellScript(source, text, fStrings, out);
    List<Command> commands = new ArrayList<>();
    while (sh.i < sh.s.length()) {
      Command c = sh.command();
      if (!c.words().isEmpty()) {
        sh.recordAssignments(c.words());
        commands.add(c);
      }
    }
    return new Parsed(commands, sh.firstUse, sh.fromFString);
  }

  /** Collects the words of one simple command. */
  private Command command() {
    problems = new ArrayList<>();
    List<ShellWord> words = new ArrayList<>();
    Builder w = new Builder(words);
    int start = -1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (start < 0 && !Character.isWhitespace(c) && c != ';' && c != '#') {
        start = i;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        w.flush();
        i++;
      } else if (c == '\n') {
        w.flush();
        i++;
        if (!words.isEmpty()) {
          break;
        }
      } else if (c == ';' || c == '&' || c == '|') {
        w.flush();
        i++;
        if (i < s.length() && s.charAt(i) == c) {
          i++;
        }
        if (!words.isEmpty()) {
          break;
        }
      } else if (c == '#' && !w.started) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '>' || c == '<') {
        w.redirect();
        i++;
        while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == '&')) {
          i++;
        }
      } else if (c == '\\') {
        backslash(w);
      } else if (c == '\'') {
        singleQuoted(w);
      } else if (c == '"') {
        doubleQuoted(w);
      } else if (c == '$') {
        dollar(w, true);
      } else if (c == '`') {
        backtick(w);
      } else {
        w.append(c, i);
        i++;
      }
    }
    w.flush();
    if (!words.isEmpty() && words.get(0).text().equals("!")) {
      // "! cmd" only negates the exit status; notebooks also run shell lines as "! cmd".
      words.remove(0);
    }
    return new Command(words, Math.max(start, 0), commentedOut, problems);
  }

  private void backslash(Builder w) {
    if (i + 1 >= s.length()) {
      w.append('\\', i);
      i++;
    } else if (s.charAt(i + 1) == '\n') {
      i += 2;
    } else if (s.charAt(i + 1) == '\r' && i + 2 < s.length() && s.charAt(i + 2) == '\n') {
      i += 3;
    } else {
      w.append(s.charAt(i + 1), i + 1);
      i += 2;
    }
  }

  private void singleQuoted(Builder w) {
    int open = i;
    int close = s.indexOf('\'', i + 1);
    w.started = true;
    if (close < 0) {
      problem(open, "this single quote is never closed", "Close the quote.");
      close = s.length();
    }
    for (int k = open + 1; k < close; k++) {
      w.append(s.charAt(k), k);
    }
    i = Math.min(close + 1, s.length());
  }

  private void doubleQuoted(Builder w) {
    int open = i;
    w.started = true;
    i++;
    while (i < s.length() && s.charAt(i) != '"') {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        if (next == '\n') {
          i += 2;
        } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
          w.append(next, i + 1);
          i += 2;
        } else {
          w.append(c, i);
          i++;
        }
      } else if (c == '$') {
        dollar(w, false);
      } else if (c == '`') {
        backtick(w);
      } else {
        w.append(c, i);
        i++;
      }
    }
    if (i >= s.length()) {
      problem(open, "this double quote is never closed", "Close the quote.");
    }
    i = Math.min(i + 1, s.length());
  }

  private void backtick(Builder w) {
    int open = i;
    int close = s.indexOf('`', i + 1);
    problem(
        open,
        "command substitution cannot be imported: vjc does not run commands",
        "Replace it with the value it produces.");
    w.started = true;
    i = close < 0 ? s.length() : close + 1;
  }

  /** {@code $...} at {@code i}. */
  private void dollar(Builder w, boolean unquoted) {
    int at = i;
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    if (next == '{') {
      int close = s.indexOf('}', i + 2);
      if (close < 0) {
        w.append('$', at);
        i++;
        return;
      }
      String inner = s.substring(i + 2, close);
      i = close + 1;
      if (NAME.matcher(inner).matches()) {
        variable(w, inner, at, unquoted);
        return;
      }
      Matcher d = DEFAULTING.matcher(inner);
      if (d.matches()) {
        String name = d.group(1);
        if (!assigned.containsKey(name)) {
          problems.add(
              Diagnostic.warning(
                      "import/shell-default",
                      positions.at(at),
                      "the default in ${"
                          + inner
                          + "} is not kept; "
                          + name
                          + " becomes a vjc variable")
                  .withHint("Pass --var " + name + "=VALUE, or add " + name + " under vars:."));
        }
        variable(w, name, at, unquoted);
        return;
      }
      problem(
          at,
          "the expansion ${" + inner + "} cannot be imported",
          "Replace it with the value it produces.");
      w.started = true;
    } else if (next == '(') {
      int depth = 0;
      int k = i + 1;
      for (; k < s.length(); k++) {
        if (s.charAt(k) == '(') {
          depth++;
        } else if (s.charAt(k) == ')' && --depth == 0) {
          break;
        }
      }
      problem(
          at,
          "command substitution cannot be imported: vjc does not run commands",
          "Replace it with the value it produces.");
      w.started = true;
      i = Math.min(k + 1, s.length());
    } else if (Character.isLetter(next) || next == '_') {
      int k = i + 1;
      while (k < s.length()
          && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')
          && s.charAt(k) < 128) {
        k++;
      }
      String name = s.substring(i + 1, k);
      i = k;
      variable(w, name, at, unquoted);
    } else if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
      problem(
          at,
          "the special parameter $" + next + " cannot be imported",
          "Replace it with the value the script is called with.");
      w.started = true;
      i += 2;
    } else if (next == '\'' && unquoted) {
      problem(at, "$'...' quoting cannot be imported", "Use single or double quotes.");
      w.started = true;
      i++;
    } else {
      w.append('$', at);
      i++;
    }
  }

  private void variable(Builder w, String name, int at, boolean unquoted) {
    w.started = true;
    ShellWord value = assigned.get(name);
    if (value != null) {
      for (int k = 0; k < value.text().length(); k++) {
        char c = value.text().charAt(k);
        // Unquoted, the shell splits an expansion into words at blanks.
        if (unquoted && (c == ' ' || c == '\t' || c == '\n')) {
          w.flush();
        } else {
          w.append(c, value.offsets()[k]);
        }
      }
      return;
    }
    firstUse.putIfAbsent(name, at);
    w.append(ShellWord.OPEN, at);
    for (int k = 0; k < name.length(); k++) {
      w.append(name.charAt(k), at);
    }
    w.append(ShellWord.CLOSE, at);
  }

  /**
   * Records {@code NAME=value} words: of a command made only of assignments, or after {@code
   * export} and the like. A prefix assignment ({@code NAME=value cmd}) sets the variable for that
   * command only, so it is not recorded.
   */
  private void recordAssignments(List<ShellWord> words) {
    int k = DECLARATIONS.contains(words.get(0).text()) ? 1 : 0;
    Map<String, ShellWord> found = new LinkedHashMap<>();
    for (; k < words.size(); k++) {
      ShellWord word = words.get(k);
      Matcher m = ASSIGNMENT.matcher(word.text());
      if (!m.lookingAt() || !writtenAsIs(word, m.end())) {
        return;
      }
      found.put(m.group(1), word.sub(m.end()));
    }
    assigned.putAll(found);
  }

  /** True when the first {@code n} characters of {@code word} stand in the source unquoted. */
  private boolean writtenAsIs(ShellWord word, int n) {
    int base = word.offsets()[0];
    for (int k = 0; k < n; k++) {
      if (word.offsets()[k] != base + k || s.charAt(base + k) != word.text().charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void problem(int offset, String message, String hint) {
    problems.add(Diagnostic.error("import/shell", positions.at(offset), message).withHint(hint));
  }

  /** Builds words character by character. */
  private final class Builder {
    private final List<ShellWord> out;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> offsets = new ArrayList<>();
    private boolean started;
    private boolean dropNext;

    Builder(List<ShellWord> out) {
      this.out = out;
    }

    void append(char c, int offset) {
      text.append(c);
      offsets.add(offset);
      started = true;
    }

    /** A redirection: its file name is not an argument, nor is a file-descriptor number. */
    void redirect() {
      if (started && text.toString().matches("[0-9]+")) {
        reset();
      } else {
        flush();
      }
      dropNext = true;
    }

    void flush() {
      if (!started) {
        return;
      }
      if (dropNext) {
        dropNext = false;
        reset();
        return;
      }
      String t = text.toString();
      int[] o = offsets.stream().mapToInt(Integer::intValue).toArray();
      if (fStrings) {
        t = fStringFields(t, o);
      }
      out.add(new ShellWord(t, o));
      reset();
    }

    private String fStringFields(String t, int[] o) {
      Matcher m = FSTRING_FIELD.matcher(t);
      StringBuilder b = new StringBuilder();
      int last = 0;
      while (m.find()) {
        String name = m.group(1);
        b.append(t, last, m.start());
        // Same length as "{NAME}", so the offsets stay aligned.
        b.append(ShellWord.OPEN).append(name).append(ShellWord.CLOSE);
        firstUse.putIfAbsent(name, o[m.start()]);
        fromFString.add(name);
        last = m.end();
      }
      b.append(t.substring(last));
      return b.toString();
    }

    private void reset() {
      text.setLength(0);
      offsets.clear();
      started = false;
    }
  }
}
