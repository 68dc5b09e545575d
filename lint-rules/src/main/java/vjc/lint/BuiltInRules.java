package vjc.lint;

import java.util.List;
import vjc.lint.rules.AcceleratorCount;
import vjc.lint.rules.AcceleratorInRegion;
import vjc.lint.rules.BootDisk;
import vjc.lint.rules.DeprecatedAccelerator;
import vjc.lint.rules.DisplayName;
import vjc.lint.rules.EnvVars;
import vjc.lint.rules.GcsUri;
import vjc.lint.rules.HardcodedSecret;
import vjc.lint.rules.ImagePinned;
import vjc.lint.rules.Labels;
import vjc.lint.rules.MachineAcceleratorCompat;
import vjc.lint.rules.MachineTypeSupported;
import vjc.lint.rules.MultiGpuZone;
import vjc.lint.rules.Pool0SingleReplica;
import vjc.lint.rules.PoolTask;
import vjc.lint.rules.PythonPackage;
import vjc.lint.rules.ReductionServer;
import vjc.lint.rules.RegionSupported;
import vjc.lint.rules.ResourceNames;
import vjc.lint.rules.Scheduling;
import vjc.lint.rules.TpuConfig;

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
