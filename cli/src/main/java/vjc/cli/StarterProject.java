package vjc.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files {@code vjc init} writes, by path inside the project; {@code vjc lint} passes them. */
final class StarterProject {

  private StarterProject() {}

  /** Each file's path and text, in the order they are written. */
  static Map<Path, String> files() {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(
        Path.of(".vjc.yaml"),
        """
        # vjc's project config: it applies to every job file in this folder and below.
        environments:
          dev: {}
          prod: {overlay: envs/prod.yaml}
        # Filled in where a job sets none.
        defaults:
          region: us-central1
          project: my-project-dev
        rules:
          image-pinned: error
        """);
    files.put(
        Path.of("envs/prod.yaml"),
        """
        # Merged into every job when it is checked or compiled with --env prod.
        project: my-project-prod
        """);
    files.put(
        Path.of("jobs/train.yaml"),
        """
        # yaml-language-server: $schema=https://raw.githubusercontent.com/OWNER/vjc/main/schema/src/main/resources/vjc/schema/job.schema.json
        # A training job; vjc compile jobs/train.yaml --env dev writes its CustomJob request.
        vars:
          image: us-docker.pkg.dev/my-project/train/trainer:0.1.0
        displayName: train-${vjc.env}
        jobSpec:
          workerPoolSpecs:
            - machineSpec:
                machineType: n1-standard-4
              replicaCount: 1
              containerSpec:
                imageUri: ${image}
                args: ["--epochs=5"]
        environments:
          prod:
            jobSpec:
              workerPoolSpecs:
                - machineSpec: {machineType: n1-standard-8}
        """);
    files.put(
        Path.of(".pre-commit-config.yaml"),
        """
        # Runs vjc on every commit (https://pre-commit.com): pip install pre-commit, then
        # pre-commit install. A changed .vjc.yaml or overlay re-checks every job it affects.
        repos:
          - repo: https://github.com/OWNER/vjc
            rev: v%s
            hooks:
              - id: vjc-lint
        """
            .formatted(Version.VERSION));
    return files;
  }
}
