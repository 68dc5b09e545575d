package vjc.lint.rules;

import java.util.List;
import vjc.lint.Rule;

/**
 * Every built-in rule, in id order. Registering a rule is one line here: no classpath scanning, no
 * static initialisers.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** A new instance of each rule, sorted by id. */
  public static List<Rule> all() {
    return List.of(
        new AcceleratorCount(),
        new AcceleratorInRegion(),
        new BootDisk(),
        new DeprecatedAccelerator(),
        new DisplayName(),
        new EnvVars(),
        new GcsUri(),
        new HardcodedSecret(),
        new ImagePinned(),
        new Labels(),
        new MachineAcceleratorCompat(),
        new MachineTypeSupported(),
        new MultiGpuZone(),
        new PoolTask(),
        new Pool0SingleReplica(),
        new PythonPackage(),
        new ReductionServer(),
        new RegionSupported(),
        new ResourceNames(),
        new Scheduling(),
        new TpuConfig());
  }
}
