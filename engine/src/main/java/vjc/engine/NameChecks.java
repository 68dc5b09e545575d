package vjc.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vjc.diag.Diagnostic;
import vjc.diag.DidYouMean;
import vjc.diag.Origin;
import vjc.load.MapNode;
import vjc.resolve.Assignment;

/**
 * Checks that the names a user writes (environments, {@code --var} names) are ones the project
 * knows, with a did-you-mean: a misspelt name must not silently mean something new.
 */
final class NameChecks {

  /** Id for a job's {@code environments.<env>} block that .vjc.yaml does not declare. */
  static final String UNDECLARED_ENVIRONMENT = "config/undeclared-environment";

  /** Id for a {@code --var} that no job defines or uses. */
  static final String UNKNOWN_VARIABLE = "cli/unknown-variable";

  private NameChecks() {}

  /** {@code --env NAME} that is not among {@code declared}. */
  static Diagnostic unknownEnvironment(String env, Collection<String> declared, Path file) {
    Optional<String> near = closest(env, declared);
    if (near.isPresent()) {
      return Diagnostic.error(
              "cli/unknown-environment",
              Origin.startOf(file),
              "environment '" + env + "' is not declared; did you mean '" + near.get() + "'?")
          .withHint(
              "Pass --env " + near.get() + " (declared: " + String.join(", ", declared) + ").");
    }
    String known =
        declared.isEmpty()
            ? "no environments are declared for this job"
            : "declared: " + String.join(", ", declared);
    return Diagnostic.error(
            "cli/unknown-environment",
            Origin.startOf(file),
            "environment '" + env + "' is not declared; " + known)
        .withHint("Declare it under environments: in the job file or in .vjc.yaml.");
  }

  /**
   * A job's own environment blocks whose names {@code .vjc.yaml} does not declare: {@code prd:}
   * would otherwise be an environment of its own, and {@code --env prod} would miss its changes.
   */
  static List<Diagnostic> undeclaredBlocks(MapNode blocks, List<String> declared, Path config) {
    List<Diagnostic> out = new ArrayList<>();
    for (MapNode.Field f : blocks.fields()) {
      if (declared.contains(f.key())) {
        continue;
      }
      Optional<String> near = closest(f.key(), declared);
      String message =
          "environment '" + f.key() + "' is not declared in " + config.getFileName().toString();
      String hint;
      if (near.isPresent()) {
        message += "; did you mean '" + near.get() + "'?";
        hint = "Rename the block to " + near.get() + ":.";
      } else {
        hint =
            "Use one of the environments "
                + config
                + " declares ("
                + String.join(", ", declared)
                + "), or declare "
                + f.key()
                + " there.";
      }
      out.add(Diagnostic.error(UNDECLARED_ENVIRONMENT, f.keyOrigin(), message).withHint(hint));
    }
    return out;
  }

  /** The {@code --var} assignments whose names are neither defined nor used. */
  static List<Diagnostic> unknownVars(
      List<Assignment> vars, Set<String> defined, Set<String> used) {
    Set<String> known = new HashSet<>(defined);
    known.addAll(used);
    List<Diagnostic> out = new ArrayList<>();
    for (Assignment v : vars) {
      if (known.contains(v.name())) {
        continue;
      }
      Optional<String> near = DidYouMean.closest(v.name(), known);
      String message =
          "--var " + v.name() + ": no job defines or uses a variable '" + v.name() + "'";
      String hint;
      if (near.isPresent()) {
        message += "; did you mean '" + near.get() + "'?";
        hint = "Pass --var " + near.get() + "=VALUE.";
      } else {
        hint =
            "A variable is defined under vars: (in a job, .vjc.yaml or an overlay) and used as"
                + " ${"
                + v.name()
                + "}; check the name, or drop the --var.";
      }
      out.add(Diagnostic.error(UNKNOWN_VARIABLE, v.value().origin(), message).withHint(hint));
    }
    return out;
  }

  /** An exact match ignoring case first ({@code Prod} is {@code prod}), then the nearest name. */
  private static Optional<String> closest(String name, Collection<String> names) {
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return Optional.of(n);
      }
    }
    return DidYouMean.closest(name, names);
  }
}
