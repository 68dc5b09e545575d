package vjc.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a git repository through the {@code git} command, never changing it: {@code rev-parse},
 * {@code ls-tree} and {@code cat-file}, all plumbing commands whose output does not depend on the
 * user's configuration. The working tree, the index and the refs are left alone.
 */
public final class Git {

  /** A git command failed, or git is missing; the message is one line for the user. */
  public static final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
      super(message);
    }
  }

  /**
   * One file of a tree.
   *
   * @param path its path from the repository root, with forward slashes
   * @param object the blob's id
   */
  public record Entry(String path, String object) {}

  private static final long TIMEOUT_SECONDS = 300;

  private final Path root;

  private Git(Path root) {
    this.root = root;
  }

  /** The repository that holds {@code dir} (a folder), at its top level. */
  public static Git at(Path dir) throws GitException {
    String top = run(dir, List.of("rev-parse", "--show-toplevel")).strip();
    if (top.isEmpty()) {
      throw new GitException(dir + " is not inside a git work tree");
    }
    try {
      return new Git(Path.of(top).toRealPath());
    } catch (IOException e) {
      throw new GitException("cannot read the repository root " + top + ": " + e.getMessage());
    }
  }

  /** The top level of the work tree, as a real path. */
  public Path root() {
    return root;
  }

  /** The commit {@code ref} names, as a full hexadecimal id. */
  public String commit(String ref) throws GitException {
    if (ref.startsWith("-")) {
      throw new GitException("'" + ref + "' is not a revision");
    }
    try {
      return run(
              root,
              List.of("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"))
          .strip();
    } catch (GitException e) {
      throw new GitException("'" + ref + "' does not name a commit in " + root);
    }
  }

  /** Every regular file (blob, not symlink or submodule) in {@code commit}'s tree. */
  public List<Entry> files(String commit) throws GitException {
    String out = run(root, List.of("ls-tree", "-r", "-z", "--full-tree", commit));
    List<Entry> entries = new ArrayList<>();
    for (String line : out.split("\0")) {
      // "<mode> SP <type> SP <object> TAB <path>"
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = line.substring(0, tab).split(" ");
      String path = line.substring(tab + 1);
      if (meta.length == 3
          && meta[1].equals("blob")
          && !meta[0].equals("120000")
          && path.indexOf('\n') < 0) {
        entries.add(new Entry(path, meta[2]));
      }
    }
    return entries;
  }

  /**
   * Writes each blob to its target file, through one {@code git cat-file --batch} process: a
   * repository with thousands of job files costs one process, not thousands.
   */
  public void writeBlobs(Map<Path, String> filesToObjects) throws GitException {
    if (filesToObjects.isEmpty()) {
      return;
    }
    List<Map.Entry<Path, String>> order = new ArrayList<>(filesToObjects.entrySet());
    Process p = start(root, List.of("cat-file", "--batch"));
    CompletableFuture<String> err = drain(p.getErrorStream());
    CompletableFuture<Void> requests =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream in = p.getOutputStream()) {
                for (Map.Entry<Path, String> e : order) {
                  in.write((e.getValue() + "\n").getBytes(StandardCharsets.US_ASCII));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try (InputStream out = p.getInputStream()) {
      for (Map.Entry<Path, String> e : order) {
        String header = readLine(out);
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[1].equals("blob")) {
          throw new GitException(
              "git cat-file: unexpected answer '" + header + "' for " + e.getValue());
        }
        long size = Long.parseLong(parts[2]);
        Files.createDirectories(e.getKey().getParent());
        try (OutputStream file = Files.newOutputStream(e.getKey())) {
          copy(out, file, size);
        }
        if (out.read() != '\n') {
          throw new GitException("git cat-file: malformed output after " + e.getValue());
        }
      }
      requests.join();
      finish(p, "cat-file", err);
    } catch (IOException e) {
      p.destroyForcibly();
      throw new GitException("git cat-file failed: " + e.getMessage());
    }
  }

  /**
   * Files the working tree has changed since {@code commit}, tracked or not (ignored files aside),
   * as paths from the repository root: what a pull request touches.
   */
  public List<String> changedSince(String commit) throws GitException {
    List<String> out = new ArrayList<>();
    for (String args :
        List.of(
            "diff --name-only --no-renames -z " + commit,
            "ls-files --others --exclude-standard -z")) {
      for (String path : run(root, List.of(args.split(" "))).split("\0")) {
        if (!path.isEmpty() && !out.contains(path)) {
          out.add(path);
        }
      }
    }
    return out;
  }

  private static String run(Path dir, List<String> args) throws GitException {
    Process p = start(dir, args);
    CompletableFuture<String> err = drain(p.getErrorStream());
    try {
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      finish(p, args.get(0), err);
      return out;
    } catch (IOException e) {
      p.destroyForcibly();
      throw new GitException("git " + args.get(0) + " failed: " + e.getMessage());
    }
  }

  private static Process start(Path dir, List<String> args) throws GitException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    // Never ask for credentials or open a pager: vjc runs in hooks and CI.
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_PAGER", "cat");
    try {
      return pb.start();
    } catch (IOException e) {
      throw new GitException("cannot run git (is it installed and on PATH?): " + e.getMessage());
    }
  }

  private static void finish(Process p, String what, CompletableFuture<String> err)
      throws GitException {
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new GitException("git " + what + " did not finish in " + TIMEOUT_SECONDS + "s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new GitException("interrupted while waiting for git " + what);
    }
    if (p.exitValue() != 0) {
      String message = err.join().strip();
      int nl = message.indexOf('\n');
      throw new GitException(
          "git "
              + what
              + " failed"
              + (message.isEmpty() ? "" : ": " + (nl < 0 ? message : message.substring(0, nl))));
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        });
  }

  private static String readLine(InputStream in) throws IOException, GitException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new GitException("git cat-file: output ended early");
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static void copy(InputStream in, OutputStream out, long size)
      throws IOException, GitException {
    byte[] buffer = new byte[8192];
    long left = size;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new GitException("git cat-file: output ended inside a file");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }
}
