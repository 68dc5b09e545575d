package vjc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vjc.support.Diags.single;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.diag.Diagnostic;
import vjc.diag.Outcome;
import vjc.load.Limits;
import vjc.load.SourceReader;
import vjc.load.YamlLoader;
import vjc.testing.SpecialFiles;

/**
 * Where {@link ProjectConfigLoader} looks for {@code .vjc.yaml} (never above the repository root)
 * and which overlay paths it takes: inside the project by their text and by where their links lead,
 * and never into {@code .git}.
 */
class ProjectConfigBoundaryTest {

  private static final String SECRET = "token = ghp_DO_NOT_PRINT";

  @TempDir Path dir;

  private final ProjectConfigLoader loader =
      new ProjectConfigLoader(new SourceReader(Limits.DEFAULT), new YamlLoader(Limits.DEFAULT));

  @Test
  void lookupStopsAtTheRepositoryRoot() throws IOException {
    // A parent folder's config (here one excluding everything) belongs to another project.
    Files.writeString(dir.resolve(".vjc.yaml"), "exclude: ['**']\n");
    Path repo = repository();
    Path job = Files.createDirectories(repo.resolve("jobs")).resolve("train.yaml");
    assertEquals(Optional.empty(), ProjectConfigLoader.find(job));
    Files.writeString(repo.resolve(".vjc.yaml"), "rules: {}\n");
    assertEquals(Optional.of(repo.resolve(".vjc.yaml")), ProjectConfigLoader.find(job));
  }

  @Test
  void outsideARepositoryLookupStillWalksUp() throws IOException {
    Files.writeString(dir.resolve(".vjc.yaml"), "rules: {}\n");
    Path job = Files.createDirectories(dir.resolve("a/b")).resolve("train.yaml");
    assertEquals(Optional.of(dir.resolve(".vjc.yaml")), ProjectConfigLoader.find(job));
  }

  @Test
  void aFifoConfigIsFoundAndRefusedRatherThanSkippedOrOpened() throws Exception {
    Path repo = repository();
    Path fifo = SpecialFiles.fifo(repo.resolve(".vjc.yaml"));
    assertEquals(Optional.of(fifo), ProjectConfigLoader.find(repo.resolve("job.yaml")));
    Outcome<ProjectConfig> out =
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> loader.load(fifo, fifo));
    assertEquals("io/not-a-regular-file", single(out.diagnostics()).ruleId());
  }

  @Test
  void anOverlayLinkedToACredentialsFileIsRefusedAtItsLineWithoutTheContents() throws IOException {
    Path repo = repository();
    Path secret = Files.writeString(dir.resolve("credentials"), SECRET + "\n");
    Files.createSymbolicLink(
        Files.createDirectory(repo.resolve("envs")).resolve("prod.yaml"), secret);
    Diagnostic d = overlayProblem(repo, "envs/prod.yaml");
    assertEquals(
        "overlay path 'envs/prod.yaml' leads, through a symbolic link, out of the project folder "
            + repo,
        d.message());
  }

  @Test
  void anOverlayInTheGitFolderIsRefused() throws IOException {
    Path repo = repository();
    Files.writeString(repo.resolve(".git/config"), "[remote]\n  url = " + SECRET + "\n");
    Diagnostic d = overlayProblem(repo, ".git/config");
    assertEquals(
        "overlay path '.git/config' points into the repository's .git folder", d.message());
    Files.createSymbolicLink(repo.resolve("prod.yaml"), repo.resolve(".git/config"));
    assertEquals(
        "overlay path 'prod.yaml' leads, through a symbolic link, into a .git folder",
        overlayProblem(repo, "prod.yaml").message());
  }

  @Test
  void anOverlayLinkedInsideTheProjectIsTaken() throws IOException {
    Path repo = repository();
    Path shared = Files.writeString(repo.resolve("shared.yaml"), "labels: {a: b}\n");
    Files.createSymbolicLink(repo.resolve("prod.yaml"), shared);
    Path config = Files.writeString(repo.resolve(".vjc.yaml"), config("prod.yaml"));
    Outcome<ProjectConfig> out = loader.load(config, config);
    assertEquals(List.of(), out.diagnostics());
    assertEquals(
        List.of(repo.resolve("prod.yaml")),
        out.value().orElseThrow().environment("prod").orElseThrow().overlays());
  }

  private Diagnostic overlayProblem(Path repo, String overlay) throws IOException {
    Path config = Files.writeString(repo.resolve(".vjc.yaml"), config(overlay));
    Outcome<ProjectConfig> out = loader.load(config, config);
    Diagnostic d = single(out.diagnostics(), "config/overlay-outside-project", 3, 19);
    assertFalse(d.toString().contains("DO_NOT_PRINT"), d::toString);
    assertTrue(out.value().orElseThrow().environment("prod").orElseThrow().overlays().isEmpty());
    return d;
  }

  private static String config(String overlay) {
    return "# overlays\nenvironments:\n  prod: {overlay: " + overlay + "}\n";
  }

  private Path repository() throws IOException {
    Path repo = Files.createDirectory(dir.resolve("repo")).toRealPath();
    Files.createDirectory(repo.resolve(".git"));
    return repo;
  }
}
