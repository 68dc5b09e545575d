package vjc.config;

import java.nio.file.Path;
import java.util.List;
import vjc.diag.Origin;

/**
 * One environment declared in {@code .vjc.yaml}.
 *
 * @param name its name, e.g. {@code prod}
 * @param overlays overlay files for it, lowest precedence first, resolved against the project root
 * @param declaredAt where it is declared
 */
public record EnvironmentConfig(String name, List<Path> overlays, Origin declaredAt) {
  public EnvironmentConfig {
    overlays = List.copyOf(overlays);
  }
}
