package vjc.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vjc.diag.Diagnostic;
import vjc.load.ListNode;
import vjc.load.MapNode;
import vjc.load.Node;

/**
 * Reports output-only fields ({@code readOnly} in the schema: {@code state}, {@code createTime},
 * ...) in input. JSON Schema treats readOnly as an annotation, so the validator alone says nothing;
 * the API would reject or silently drop them, and they usually mean a describe output was pasted.
 */
final class ReadOnlyCheck {

  private final JobSchema schema;

  ReadOnlyCheck(JobSchema schema) {
    this.schema = schema;
  }

  List<Diagnostic> check(Node root) {
    List<Diagnostic> out = new ArrayList<>();
    walk(root, schema.root(), out, 0);
    return out;
  }

  private void walk(Node node, Object s, List<Diagnostic> out, int depth) {
    s = deref(s);
    if (s == null || depth > 32) {
      return;
    }
    if (node instanceof MapNode map) {
      if (!(JobSchema.get(s, "properties") instanceof Map<?, ?> props)) {
        return;
      }
      for (MapNode.Field f : map.fields()) {
        Object raw = props.get(f.key());
        Object p = deref(raw);
        if (p == null) {
          continue;
        }
        // readOnly sits beside $ref on fields like state and error, so read it before deref.
        if (isReadOnly(raw) || isReadOnly(p)) {
          out.add(
              Diagnostic.error(
                      "schema/output-only",
                      f.keyOrigin(),
                      "'"
                          + f.key()
                          + "' is an output-only field that the API sets; it cannot be"
                          + " part of a request")
                  .withHint(
                      "Remove "
                          + f.key()
                          + "; use vjc import to turn a described job into a job file."));
          continue;
        }
        walk(f.value(), p, out, depth + 1);
      }
    } else if (node instanceof ListNode list) {
      Object items = JobSchema.get(s, "items");
      for (Node item : list.items()) {
        walk(item, items, out, depth + 1);
      }
    }
  }

  private static boolean isReadOnly(Object s) {
    return Boolean.TRUE.equals(JobSchema.get(s, "readOnly"));
  }

  private Object deref(Object s) {
    int hops = 0;
    while (JobSchema.get(s, "anyOf") instanceof List<?> branches
        && !branches.isEmpty()
        && hops++ < 8) {
      // A field that also takes a ${variable} is anyOf [its schema, the template string].
      s = branches.get(0);
    }
    while (JobSchema.string(s, "$ref") != null && hops++ < 16) {
      s = schema.target(JobSchema.string(s, "$ref"));
    }
    return s;
  }
}
