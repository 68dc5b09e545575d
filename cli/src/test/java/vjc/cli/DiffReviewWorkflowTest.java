package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vjc.diff.TempRepo;
import vjc.testing.Repo;

/**
 * The sample GitHub Actions workflow of docs/review.md (a copy in testdata/review/workflow.yml): it
 * parses, it is wired as documented, and its vjc commands work when run as the workflow runs them,
 * by bash in a checkout with a base commit.
 */
class DiffReviewWorkflowTest {

  private static final Path WORKFLOW = Repo.testdata("review", "workflow.yml");

  @TempDir Path dir;

  @Test
  void theDocsShowTheTestedWorkflow() throws IOException {
    String doc = Files.readString(Repo.root().resolve("docs/review.md"));
    String marker = "```yaml\n# .github/workflows/vjc.yml";
    int start = doc.indexOf(marker);
    assertTrue(start >= 0, "docs/review.md has no ```yaml block starting with the workflow");
    int end = doc.indexOf("```\n", start + 8);
    assertEquals(
        Files.readString(WORKFLOW),
        doc.substring(start + 8, end),
        "docs/review.md and testdata/review/workflow.yml differ");
  }

  @Test
  void theWorkflowIsWiredAsDocumented() throws IOException {
    Map<String, Object> wf = workflow();
    assertTrue(((Map<?, ?>) wf.get("on")).containsKey("pull_request"), "runs on pull requests");
    Map<?, ?> permissions = (Map<?, ?>) wf.get("permissions");
    assertEquals("write", permissions.get("security-events"));
    assertEquals("write", permissions.get("pull-requests"));
    List<Map<?, ?>> steps = steps(wf);
    Map<?, ?> checkout = step(steps, "actions/checkout@");
    assertEquals(
        0,
        ((Map<?, ?>) checkout.get("with")).get("fetch-depth"),
        "the base commit must be fetched");
    List<String> commands = vjcCommands(steps);
    String lint = commands.stream().filter(c -> c.startsWith("vjc lint")).findFirst().orElseThrow();
    String diff = commands.stream().filter(c -> c.startsWith("vjc diff")).findFirst().orElseThrow();
    assertTrue(lint.contains("--format sarif") && lint.contains("--new-since"), lint);
    assertTrue(diff.contains("--format markdown"), diff);
    Map<?, ?> upload = step(steps, "github/codeql-action/upload-sarif@");
    assertEquals(
        output(lint),
        ((Map<?, ?>) upload.get("with")).get("sarif_file"),
        "upload-sarif must upload the file lint writes");
    assertEquals("always()", upload.get("if"), "findings are uploaded even when lint fails");
    Map<?, ?> comment = step(steps, "marocchino/sticky-pull-request-comment@");
    assertEquals(
        output(diff),
        ((Map<?, ?>) comment.get("with")).get("path"),
        "the comment must post the file diff writes");
  }

  /**
   * Runs every {@code vjc ...} line of the workflow with bash in a repository with a base commit
   * and a pull-request commit, {@code vjc} on PATH being this build. The project requires a team
   * label, which mnist has lacked since the base (an old finding, and in prod it is now reported at
   * the overlay's labels: since the pull request adds labels there); the pull request adds a job
   * without one and gives train-resnet two prod workers where one is allowed (new findings).
   */
  @Test
  void theWorkflowsVjcCommandsRunOnAPullRequest() throws Exception {
    Path repoDir = Files.createDirectory(dir.resolve("repo"));
    TempRepo repo = TempRepo.init(repoDir);
    String policy = "policies:\n  requiredLabels: [team]\n  maxReplicasPerPool: 1\n";
    repo.replaceWith(Repo.testdata("diff", "before"));
    appendTo(repo, ".vjc.yaml", policy);
    String base = repo.commit("base");
    repo.replaceWith(Repo.testdata("diff", "after"));
    appendTo(repo, ".vjc.yaml", policy);
    repo.write(
        "jobs/extra.yaml",
        Files.readString(Repo.testdata("diff", "before", "jobs", "mnist.yaml"))
            .replace("mnist", "extra"));
    repo.commit("pull request");
    Path bin = shim(Files.createDirectory(dir.resolve("bin")));

    List<Map<?, ?>> steps = steps(workflow());
    Map<String, Integer> exits = new LinkedHashMap<>();
    for (String command : vjcCommands(steps)) {
      exits.put(command, bash(command, repoDir, bin, base));
    }
    assertEquals(2, exits.size(), exits.toString());
    for (Map.Entry<String, Integer> e : exits.entrySet()) {
      // Both fail on this pull request: lint fails the check, diff names the broken jobs.
      assertEquals(1, e.getValue(), e.getKey());
    }
    Map<?, ?> diffStep =
        steps.stream()
            .filter(st -> String.valueOf(st.get("run")).contains("vjc diff"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        true, diffStep.get("continue-on-error"), "a failing diff must not stop the comment");

    String md = Files.readString(repoDir.resolve("vjc-diff.md"));
    assertTrue(md.contains("#### `jobs/train-resnet` (dev)"), md);
    assertTrue(
        md.contains("- `jobs/train-resnet` (prod) in this change: `jobs/train-resnet.yaml:"), md);
    assertTrue(md.contains("- `jobs/extra` (dev) in this change: `jobs/extra.yaml:"), md);
    assertFalse(md.contains("jobs/mnist"), "mnist failed the same way before: " + md);

    JsonNode sarif = JsonMapper.shared().readTree(repoDir.resolve("vjc.sarif").toFile());
    List<String> results = new ArrayList<>();
    sarif.get("runs").get(0).get("results").forEach(r -> results.add(r.toString()));
    // extra's label in dev and in prod (where the overlay's labels: is the place),
    // train-resnet's prod workers, and the new experiments/.vjc.yaml, which takes the jobs below
    // it out of the root's policies; not mnist's missing label, which the base had already.
    assertEquals(4, results.size(), "only the pull request's findings are new: " + results);
    assertTrue(
        results.stream()
            .anyMatch(
                r -> r.contains("experiments/.vjc.yaml") && r.contains("config/changed-in-review")),
        results.toString());
    assertTrue(
        results.stream()
            .anyMatch(r -> r.contains("jobs/extra.yaml") && r.contains("policy/required-labels")),
        results.toString());
    assertTrue(results.stream().noneMatch(r -> r.contains("mnist")), results.toString());
    assertTrue(
        results.stream()
            .anyMatch(
                r ->
                    r.contains("jobs/train-resnet.yaml")
                        && r.contains("policy/max-replicas-per-pool")),
        results.toString());
    assertEquals(
        "",
        repo.git("status", "--porcelain", "--untracked-files=no"),
        "the commands changed tracked files");
  }

  private static void appendTo(TempRepo repo, String file, String text) throws IOException {
    Path p = repo.root().resolve(file);
    Files.writeString(p, Files.readString(p) + text);
  }

  /** A {@code vjc} on PATH that runs this build's CLI, as the workflow's install step would. */
  private static Path shim(Path bin) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path vjc = bin.resolve("vjc");
    Files.writeString(vjc, "#!/bin/sh\nexec '" + java + "' -cp '" + cp + "' vjc.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(vjc, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private static int bash(String command, Path cwd, Path bin, String base) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", "set -eu\n" + command)
            .directory(cwd.toFile())
            .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("BASE_SHA", base);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
    assertFalse(out.contains("internal error"), command + "\n" + out);
    return p.exitValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> workflow() throws IOException {
    Load load = new Load(LoadSettings.builder().build());
    return (Map<String, Object>) load.loadFromString(Files.readString(WORKFLOW));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<?, ?>> steps(Map<String, Object> wf) {
    Map<?, ?> jobs = (Map<?, ?>) wf.get("jobs");
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object job : jobs.values()) {
      out.addAll((List<Map<?, ?>>) ((Map<?, ?>) job).get("steps"));
    }
    return out;
  }

  private static Map<?, ?> step(List<Map<?, ?>> steps, String uses) {
    return steps.stream()
        .filter(s -> s.get("uses") instanceof String u && u.startsWith(uses))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + uses));
  }

  /** The lines of {@code run:} blocks that call vjc. */
  private static List<String> vjcCommands(List<Map<?, ?>> steps) {
    List<String> out = new ArrayList<>();
    for (Map<?, ?> s : steps) {
      if (s.get("run") instanceof String run) {
        for (String line : run.split("\n")) {
          String l = line.strip();
          if (l.startsWith("vjc ") || l.startsWith("./vjc ")) {
            out.add(l);
          }
        }
      }
    }
    return out;
  }

  /** The file a command writes with {@code -o FILE}. */
  private static String output(String command) {
    String[] words = command.split("\\s+");
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i].equals("-o")) {
        return words[i + 1];
      }
    }
    throw new AssertionError("no -o in " + command);
  }
}
