package vjc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.ContainerSpec;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.EnvVar;
import com.google.cloud.aiplatform.v1.MachineSpec;
import com.google.cloud.aiplatform.v1.WorkerPoolSpec;
import com.google.protobuf.util.JsonFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vjc.engine.Engine;
import vjc.lint.rules.BuiltInRules;
import vjc.load.Limits;
import vjc.load.SourceText;
import vjc.resolve.ResolveRequest;

/**
 * Laws of {@code vjc import} over generated jobs, with a fixed seed printed on failure: any text in
 * a CustomJob — dollars, braces, quotes, colons, hashes, newlines, non-ASCII — comes back unchanged
 * after import and compile, although vjc reads {@code ${name}} in the file as a variable.
 */
class ImportProperties {

  private static final long SEED = 20240601L;
  private static final String ALPHABET = "ab$${}{}:#'\"\\ -\n\t,=xé\u00a0%*&!|>@`[]?~0.1";

  @Test
  void literalTextSurvivesImportThenCompile(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    Engine pipeline = Engine.builder().rules(BuiltInRules.all()).build();
    Importer importer = new Importer(Limits.DEFAULT);
    for (int i = 0; i < 150; i++) {
      ContainerSpec.Builder container = ContainerSpec.newBuilder().setImageUri("gcr.io/a/b:1");
      for (int k = 0; k < 3; k++) {
        container.addArgs(text(random));
      }
      container.addEnv(EnvVar.newBuilder().setName("V").setValue(text(random)));
      CustomJob job =
          CustomJob.newBuilder()
              .setName("projects/p/locations/us-central1/customJobs/1")
              .setDisplayName(text(random).replace('\n', ' ').strip() + "x")
              .setJobSpec(
                  CustomJobSpec.newBuilder()
                      .addWorkerPoolSpecs(
                          WorkerPoolSpec.newBuilder()
                              .setMachineSpec(
                                  MachineSpec.newBuilder().setMachineType("n1-standard-4"))
                              .setReplicaCount(1)
                              .setContainerSpec(container)))
              .build();
      String json = JsonFormat.printer().print(job);
      ImportResult imported = importer.importText(new SourceText(Path.of("in.json"), json), dir);
      String where = "seed " + SEED + ", case " + i + ":\n" + json;
      assertTrue(imported.yaml().isPresent(), where + "\n" + imported.diagnostics());
      Path file = dir.resolve("case.yaml");
      Files.writeString(file, imported.yaml().get());
      var compiled = pipeline.compile(file, ResolveRequest.plain(), Optional.empty(), false);
      assertTrue(
          compiled.value().isPresent(),
          where + "\n" + imported.yaml().get() + "\n" + compiled.diagnostics());
      assertEquals(job.toBuilder().clearName().build(), compiled.value().get().job(), where);
    }
  }

  private static String text(Random random) {
    int n = 1 + random.nextInt(14);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    // Named references are the interesting case; make them frequent.
    if (random.nextInt(3) == 0) {
      b.insert(random.nextInt(b.length() + 1), random.nextBoolean() ? "${HOME}" : "$${x}");
    }
    return b.toString();
  }
}
