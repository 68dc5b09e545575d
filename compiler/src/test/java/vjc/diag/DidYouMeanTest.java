package vjc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> GPUS =
      List.of(
          "NVIDIA_A100_80GB",
          "NVIDIA_B200",
          "NVIDIA_GB200",
          "NVIDIA_H100_80GB",
          "NVIDIA_H100_MEGA_80GB",
          "NVIDIA_H200_141GB",
          "NVIDIA_L4",
          "NVIDIA_TESLA_A100",
          "NVIDIA_TESLA_T4",
          "NVIDIA_TESLA_V100");

  @Test
  void aNameMissingATokenGetsTheNameThatAddsLeast() {
    assertEquals(Optional.of("NVIDIA_A100_80GB"), DidYouMean.closestName("NVIDIA_A100", GPUS));
    assertEquals(Optional.of("NVIDIA_H100_80GB"), DidYouMean.closestName("NVIDIA_H100", GPUS));
    assertEquals(Optional.of("NVIDIA_TESLA_T4"), DidYouMean.closestName("NVIDIA_T4", GPUS));
    assertEquals(Optional.of("NVIDIA_TESLA_V100"), DidYouMean.closestName("V100", GPUS));
  }

  @Test
  void anotherModelNumberIsNeverSuggested() {
    // By spelling alone NVIDIA_B200 is two edits from NVIDIA_A100: a far dearer GPU.
    assertEquals(Optional.of("NVIDIA_B200"), DidYouMean.closest("NVIDIA_A100", GPUS));
    assertEquals(Optional.empty(), DidYouMean.closestName("NVIDIA_A10", GPUS));
    assertEquals(Optional.empty(), DidYouMean.closestName("NVIDIA_H300", GPUS));
  }

  @Test
  void aTypoIsStillATypo() {
    assertEquals(Optional.of("NVIDIA_TESLA_T4"), DidYouMean.closestName("NVIDIA_TESLA_T44", GPUS));
    assertEquals(Optional.of("NVIDIA_TESLA_T4"), DidYouMean.closestName("NVIDA_TESLA_T4", GPUS));
    assertEquals(Optional.of("NVIDIA_L4"), DidYouMean.closestName("nvidia_l4", GPUS));
  }
}
