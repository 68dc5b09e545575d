package vjc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import vjc.testing.Repo;

/**
 * The files a monorepo keeps beside its jobs ({@code testdata/nonjobs/}): {@code --only-jobs} and a
 * directory search pass over each without a word, and naming one without {@code --only-jobs} says
 * why it is not a job.
 */
class NonJobsTest {

  private static final Path DIR = Repo.testdata("nonjobs");

  /** Ids that explain, for a file named on its own, why it is not checked as a job. */
  private static final Set<String> EXPLANATIONS =
      Set.of("[input/not-a-job]", "[input/empty]", "[yaml/syntax]");

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(DIR)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void theCorpusHoldsTheKindsOfFileTheRuleIsAbout() throws IOException {
    List<Path> files = files();
    assertTrue(files.size() >= 20, () -> "only " + files);
  }

  /** One test per file of the corpus, named by its path in it. */
  private static Stream<DynamicTest> eachFile(ThrowingConsumer<Path> check) throws IOException {
    return files().stream()
        .map(f -> DynamicTest.dynamicTest(DIR.relativize(f).toString(), () -> check.accept(f)));
  }

  @TestFactory
  Stream<DynamicTest> onlyJobsSkipsEachFileSilently() throws IOException {
    return eachFile(
        f -> {
          CliRun run = CliRun.of("lint", "--only-jobs", f.toString());
          assertEquals(0, run.exitCode(), run::transcript);
          assertEquals("vjc: 0 files checked, no problems\n", run.out(), run::transcript);
          assertEquals("", run.err(), run::transcript);
        });
  }

  @Test
  void allOfThemAtOnceAsTheHookPassesThem() throws IOException {
    String[] args =
        Stream.concat(
                Stream.of("lint", "--only-jobs", "--no-snippets"),
                files().stream().map(Path::toString))
            .toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run::transcript);
    assertEquals("vjc: 0 files checked, no problems\n", run.out(), run::transcript);
  }

  @Test
  void aDirectorySearchSkipsThemSilently() {
    CliRun run = CliRun.of("lint", DIR.toString());
    assertEquals(0, run.exitCode(), run::transcript);
    assertEquals("vjc: 0 files checked, no problems\n", run.out(), run::transcript);
  }

  @TestFactory
  Stream<DynamicTest> eachFileNamedWithoutOnlyJobsIsExplained() throws IOException {
    return eachFile(
        f -> {
          CliRun run = CliRun.of("lint", "--no-snippets", f.toString());
          assertEquals(1, run.exitCode(), run::transcript);
          assertTrue(EXPLANATIONS.stream().anyMatch(run.out()::contains), run::transcript);
          assertTrue(
              Pattern.compile("nonjobs/\\S+:\\d+:\\d+: error: ").matcher(run.out()).find(),
              run::transcript);
        });
  }

  @Test
  void anAnsiblePlaybookIsExplainedAsOneAndNotAsWorkerPools() {
    CliRun run = CliRun.of("lint", "--no-snippets", DIR.resolve("ansible-playbook.yml").toString());
    assertEquals(1, run.exitCode(), run::transcript);
    assertTrue(
        run.out().contains("an Ansible playbook, not a job [input/not-a-job]"), run::transcript);
    assertTrue(!run.out().contains("workerPoolSpecs[0]"), run::transcript);
  }

  @Test
  void aJobBesideThemIsStillChecked(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.copy(DIR.resolve("k8s-multi-document.yaml"), dir.resolve("manifest.yaml"));
    Files.copy(
        Repo.testdata("rules", "pool0-single-replica", "bad", "two-replicas.yaml"),
        dir.resolve("job.yaml"));
    CliRun run =
        CliRun.of(
            "lint",
            "--only-jobs",
            "--no-snippets",
            dir.resolve("manifest.yaml").toString(),
            dir.resolve("job.yaml").toString());
    assertEquals(1, run.exitCode(), run::transcript);
    assertTrue(run.out().contains("[pool0-single-replica]"), run::transcript);
    assertTrue(run.out().contains("in 1 file"), run::transcript);
  }
}
