package vjc.lint.policy;

import java.util.List;
import vjc.lint.catalog.Catalog;

/**
 * Every built-in policy, in key order. Adding one is one line here, a golden folder under
 * testdata/policies/ and a section in docs/policies.md (a test checks all three).
 */
public final class BuiltInPolicies {

  private BuiltInPolicies() {}

  /** One instance of each built-in policy, sorted by key; some read facts from {@code catalog}. */
  public static List<BuiltInPolicy> all(Catalog catalog) {
    return List.of(
        new AllowedImageRegistries(),
        new AllowedMachineTypes(),
        new AllowedRegions(),
        new AllowedSchedulingStrategies(catalog.limits().scheduling().strategies()),
        new MaxAcceleratorsPerJob(),
        new MaxReplicasPerPool(),
        new MaxTimeout(),
        new RequireEncryption(),
        new RequireNetwork(),
        new RequireServiceAccount(),
        new RequiredLabels());
  }
}
