package vjc.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.aiplatform.v1.ContainerSpec;
import com.google.cloud.aiplatform.v1.CustomJob;
import com.google.cloud.aiplatform.v1.CustomJobSpec;
import com.google.cloud.aiplatform.v1.EnvVar;
import com.google.cloud.aiplatform.v1.MachineSpec;
import com.google.cloud.aiplatform.v1.Scheduling;
import com.google.cloud.aiplatform.v1.WorkerPoolSpec;
import com.google.protobuf.Duration;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.TextFormat;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vjc.compile.TreeJson;
import vjc.load.Node;
import vjc.support.Trees;

class EmitterTest {

  private static CustomJob job(List<String> args) {
    return CustomJob.newBuilder()
        .setDisplayName("resnet-prod")
        .putLabels("team", "vision")
        .putLabels("cost-center", "cc-1234")
        .setJobSpec(
            CustomJobSpec.newBuilder()
                .addWorkerPoolSpecs(
                    WorkerPoolSpec.newBuilder()
                        .setMachineSpec(
                            MachineSpec.newBuilder()
                                .setMachineType("a2-highgpu-8g")
                                .setAcceleratorCount(8))
                        .setReplicaCount(1)
                        .setContainerSpec(
                            ContainerSpec.newBuilder()
                                .setImageUri("us-docker.pkg.dev/acme/train/resnet:1.4.2")
                                .addAllArgs(args)
                                .addEnv(EnvVar.newBuilder().setName("MODE").setValue("fast"))))
                .addWorkerPoolSpecs(WorkerPoolSpec.getDefaultInstance())
                .setScheduling(
                    Scheduling.newBuilder().setTimeout(Duration.newBuilder().setSeconds(7200))))
        .build();
  }

  private static final CustomJob JOB = job(List.of("--epochs=10", "--note=é😀 \"quoted\""));

  /** Strings that a YAML 1.2 core-schema reader takes for numbers, booleans or null if unquoted. */
  private static final List<String> LOOK_ALIKES =
      List.of("0x1F", "0o17", "+1", ".5", "1e3", "True", "FALSE", "~", "NULL", "null", "12", "");

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static CustomJob fromJson(String json) throws InvalidProtocolBufferException {
    CustomJob.Builder b = CustomJob.newBuilder();
    JsonFormat.parser().merge(json, b);
    return b.build();
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void sameMessageGivesTheSameBytes(OutputFormat format) {
    assertArrayEquals(
        Emitter.emit(JOB, format),
        Emitter.emit(
            job(JOB.getJobSpec().getWorkerPoolSpecs(0).getContainerSpec().getArgsList()), format));
  }

  @Test
  void jsonIsTwoSpaceIndentedWithAFinalNewlineAndParsesBack() throws Exception {
    String json = text(Emitter.emit(JOB, OutputFormat.JSON));
    assertTrue(json.startsWith("{\n  \"displayName\": \"resnet-prod\""), json);
    assertTrue(json.endsWith("}\n"), json);
    assertEquals(JOB, fromJson(json));
    assertEquals(json, Emitter.json(JOB));
  }

  @Test
  void yamlHoldsTheSameTreeAsJson() {
    Node fromYaml = Trees.parse(text(Emitter.emit(JOB, OutputFormat.YAML)));
    Node fromJson = Trees.parse(text(Emitter.emit(JOB, OutputFormat.JSON)));
    assertTrue(
        Trees.sameData(fromJson, fromYaml),
        () -> "json: " + Trees.show(fromJson) + "\nyaml: " + Trees.show(fromYaml));
  }

  @Test
  void yamlParsesBackToTheSameMessage() throws Exception {
    Node fromYaml = Trees.parse(text(Emitter.emit(JOB, OutputFormat.YAML)));
    assertEquals(JOB, fromJson(TreeJson.write(fromYaml)));
  }

  /**
   * Strings such as 0x1F or ~ must come out quoted, or a YAML 1.2 reader (vjc's own loader
   * included) reads back a number, a boolean or null.
   */
  @Test
  void yamlQuotesStringsThatLookLikeOtherScalars() {
    CustomJob tricky = job(LOOK_ALIKES);
    String yaml = text(Emitter.emit(tricky, OutputFormat.YAML));
    Node fromYaml = Trees.parse(yaml);
    Node fromJson = Trees.parse(text(Emitter.emit(tricky, OutputFormat.JSON)));
    assertTrue(
        Trees.structurallyEqual(fromJson, fromYaml),
        () -> "json: " + Trees.show(fromJson) + "\nyaml: " + Trees.show(fromYaml) + "\n" + yaml);
  }

  @Test
  void textprotoParsesBackToTheSameMessage() throws Exception {
    String textproto = text(Emitter.emit(JOB, OutputFormat.TEXTPROTO));
    assertEquals(JOB, TextFormat.parse(textproto, CustomJob.class));
    assertEquals(
        job(LOOK_ALIKES),
        TextFormat.parse(
            text(Emitter.emit(job(LOOK_ALIKES), OutputFormat.TEXTPROTO)), CustomJob.class));
  }

  @Test
  void binpbParsesBackToTheSameMessage() throws Exception {
    assertEquals(JOB, CustomJob.parseFrom(Emitter.emit(JOB, OutputFormat.BINPB)));
  }

  @Test
  void onlyBinpbIsBinary() {
    for (OutputFormat f : OutputFormat.values()) {
      assertEquals(f == OutputFormat.BINPB, f.isBinary(), f::name);
    }
  }

  @Test
  void aStringUtf8CannotEncodeIsNamedNotWrittenAsAQuestionMark() {
    CustomJob bad =
        JOB.toBuilder()
            .setJobSpec(
                JOB.getJobSpec().toBuilder()
                    .setWorkerPoolSpecs(
                        0,
                        JOB.getJobSpec().getWorkerPoolSpecs(0).toBuilder()
                            .setContainerSpec(
                                JOB
                                    .getJobSpec()
                                    .getWorkerPoolSpecs(0)
                                    .getContainerSpec()
                                    .toBuilder()
                                    .setArgs(1, "x\ud800"))))
            .build();
    assertEquals(
        java.util.Optional.of("jobSpec.workerPoolSpecs[0].containerSpec.args[1]"),
        Emitter.firstUnencodable(bad));
    for (OutputFormat f : OutputFormat.values()) {
      IllegalArgumentException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalArgumentException.class, () -> Emitter.emit(bad, f));
      assertTrue(e.getMessage().contains("containerSpec.args[1]"), e.getMessage());
    }
  }

  @Test
  void labelKeysAndValuesAreCheckedToo() {
    assertEquals(
        java.util.Optional.of("labels[team]"),
        Emitter.firstUnencodable(JOB.toBuilder().putLabels("team", "\udfff").build()));
    assertEquals(
        java.util.Optional.of("labels[\ud800]"),
        Emitter.firstUnencodable(JOB.toBuilder().putLabels("\ud800", "v").build()));
    assertEquals(java.util.Optional.empty(), Emitter.firstUnencodable(JOB));
  }
}
