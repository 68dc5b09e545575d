package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vjc.testing.Repo;

/**
 * Every {@code ./vjc ...} line in the README's {@code sh} blocks runs, so the docs cannot rot: it
 * must not be a usage error or an internal error, and a compile must succeed.
 */
class ReadmeTest {

  private static final Pattern SH = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandRuns() throws Exception {
    String readme = Files.readString(Repo.root().resolve("README.md"));
    List<DynamicTest> tests = new ArrayList<>();
    Matcher m = SH.matcher(readme);
    while (m.find()) {
      for (String line : m.group(1).split("\n")) {
        String command = line.replaceAll("\\s+#.*$", "").trim();
        if (!command.startsWith("./vjc ")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(command, () -> run(command)));
      }
    }
    assertTrue(tests.size() >= 5, "expected the README to show vjc commands");
    return tests.stream();
  }

  private static void run(String command) throws Exception {
    List<String> words =
        new ArrayList<>(List.of(command.substring("./vjc ".length()).split("\\s+")));
    Path redirect = null;
    int gt = words.indexOf(">");
    if (gt >= 0) {
      redirect = Path.of(words.get(gt + 1));
      words = new ArrayList<>(words.subList(0, gt));
    }
    Path stdin = null;
    int lt = words.indexOf("<");
    if (lt >= 0) {
      stdin = Repo.root().resolve(words.get(lt + 1));
      words = new ArrayList<>(words.subList(0, lt));
    }
    List<String> args = new ArrayList<>();
    for (String w : words) {
      Path under = Repo.root().resolve(w);
      args.add(!w.startsWith("-") && w.contains("/") && Files.exists(under) ? under.toString() : w);
    }
    CliRun run = stdin == null ? CliRun.of(args.toArray(String[]::new)) : withStdin(stdin, args);
    assertTrue(
        run.exitCode() == 0 || run.exitCode() == 1,
        () -> command + " exited " + run.exitCode() + "\n" + run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    if (args.get(0).equals("compile")
        || args.get(0).equals("schema")
        || args.get(0).equals("rules")
        || args.get(0).equals("explain")) {
      assertTrue(run.exitCode() == 0, () -> command + " failed:\n" + run.err());
    }
    if (redirect != null) {
      Files.writeString(redirect, run.out());
    }
  }

  private static CliRun withStdin(Path file, List<String> args) throws Exception {
    java.io.InputStream old = System.in;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      System.setIn(in);
      return CliRun.of(args.toArray(String[]::new));
    } finally {
      System.setIn(old);
    }
  }
}
