package vjc.lint.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Google-provided container images that some fields must (or should) name.
 *
 * @param registryHosts the Artifact Registry multi-region hosts Google publishes them on
 * @param reductionServer the Reduction Server image
 * @param prebuiltTraining the prebuilt training images ({@code executorImageUri})
 */
public record Images(
    List<String> registryHosts,
    ReductionServer reductionServer,
    PrebuiltTraining prebuiltTraining) {

  public Images {
    registryHosts = List.copyOf(registryHosts);
    requireNonNull(reductionServer, "reductionServer");
    requireNonNull(prebuiltTraining, "prebuiltTraining");
  }

  /**
   * The Reduction Server image and where it goes.
   *
   * @param path the image path below the registry host, without tag
   * @param tag the documented tag
   * @param pool the {@code workerPoolSpecs} index it must run in
   * @param recommendedMachineType the machine type the docs recommend for it
   * @param notes remarks a rule may add to a message or hint
   * @param sources ids of the sources in {@link Catalog#sources()}
   */
  public record ReductionServer(
      String path,
      String tag,
      int pool,
      String recommendedMachineType,
      List<String> notes,
      List<String> sources) {
    public ReductionServer {
      requireNonNull(path, "path");
      requireNonNull(tag, "tag");
      requireNonNull(recommendedMachineType, "recommendedMachineType");
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
    }
  }

  /**
   * The prebuilt training images.
   *
   * @param pathPrefix every image path below the registry host starts with this
   * @param form the documented shape of the rest of the path, for messages
   * @param example one documented image path
   * @param notes remarks a rule may add to a message or hint
   * @param sources ids of the sources in {@link Catalog#sources()}
   */
  public record PrebuiltTraining(
      String pathPrefix, String form, String example, List<String> notes, List<String> sources) {
    public PrebuiltTraining {
      requireNonNull(pathPrefix, "pathPrefix");
      requireNonNull(form, "form");
      requireNonNull(example, "example");
      notes = List.copyOf(notes);
      sources = List.copyOf(sources);
    }
  }

  /** Whether {@code imageUri} is the Reduction Server image, with any tag or digest. */
  public boolean isReductionServer(String imageUri) {
    String path = googlePath(imageUri);
    String image = reductionServer.path();
    return path != null
        && (path.equals(image) || path.startsWith(image + ":") || path.startsWith(image + "@"));
  }

  /** Whether {@code imageUri} is one of Google's prebuilt training images. */
  public boolean isPrebuiltTraining(String imageUri) {
    String path = googlePath(imageUri);
    String prefix = prebuiltTraining.pathPrefix();
    return path != null && path.startsWith(prefix) && path.length() > prefix.length();
  }

  /** The path after a Google registry host, or null when the URI is on another host. */
  private String googlePath(String imageUri) {
    int slash = imageUri.indexOf('/');
    if (slash < 0 || !registryHosts.contains(imageUri.substring(0, slash))) {
      return null;
    }
    return imageUri.substring(slash + 1);
  }
}
