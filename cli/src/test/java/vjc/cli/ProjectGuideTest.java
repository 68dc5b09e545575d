package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vjc.testing.Golden;
import vjc.testing.Repo;

/**
 * The project guide ({@code docs/projects.md}) cannot rot: its {@code ./vjc} commands run over the
 * example repository {@code testdata/projects/acme/}, their transcripts match the golden beside it,
 * every output the guide quotes is in that golden, and every key of {@code .vjc.yaml} is described.
 */
class ProjectGuideTest {

  private static final Pattern SH = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL);
  private static final Path GOLDEN = Repo.testdata("projects", "acme.guide.out");

  private static String guide() throws Exception {
    return Files.readString(Repo.root().resolve("docs/projects.md"));
  }

  @Test
  void theGuidesCommandsGiveTheGoldenOutput() throws Exception {
    StringBuilder all = new StringBuilder();
    List<String> commands = commands(guide());
    assertTrue(commands.size() >= 4, "expected the guide to show vjc commands");
    for (String command : commands) {
      CliRun run = CliRun.of(args(command));
      assertNotEquals(3, run.exitCode(), () -> command + "\n" + run.err());
      assertFalse(run.err().contains("internal error"), run::err);
      all.append("$ ").append(command).append('\n').append(run.transcript()).append('\n');
    }
    Golden.check(GOLDEN, all.toString());
  }

  @Test
  void everyOutputTheGuideQuotesIsInTheGolden() throws Exception {
    String golden = Files.readString(GOLDEN);
    Matcher m = TEXT.matcher(guide());
    int quoted = 0;
    while (m.find()) {
      String block = m.group(1);
      quoted++;
      assertTrue(golden.contains(block), () -> "not in " + GOLDEN + ":\n" + block);
    }
    assertTrue(quoted >= 2, "expected the guide to quote vjc's output");
  }

  @Test
  void everyKeyOfTheProjectConfigIsDescribed() throws Exception {
    String headings =
        guide().lines().filter(l -> l.startsWith("### ")).reduce("", (a, b) -> a + b + "\n");
    for (String key :
        List.of(
            "environments",
            "overlay",
            "overlays",
            "defaults",
            "vars",
            "rules",
            "policies",
            "exclude")) {
      assertTrue(headings.contains("`" + key + "`"), () -> "no section for " + key);
    }
  }

  private static List<String> commands(String markdown) {
    List<String> out = new ArrayList<>();
    Matcher m = SH.matcher(markdown);
    while (m.find()) {
      for (String line : m.group(1).split("\n")) {
        String command = line.replaceAll("\\s+#.*$", "").trim();
        if (command.startsWith("./vjc ")) {
          out.add(command);
        }
      }
    }
    return out;
  }

  /** The command's words, with paths under the repository made absolute, as ReadmeTest does. */
  private static String[] args(String command) {
    List<String> args = new ArrayList<>();
    for (String w : command.substring("./vjc ".length()).split("\\s+")) {
      Path under = Repo.root().resolve(w);
      args.add(!w.startsWith("-") && w.contains("/") && Files.exists(under) ? under.toString() : w);
    }
    return args.toArray(String[]::new);
  }
}
