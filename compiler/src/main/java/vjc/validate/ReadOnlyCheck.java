package vjc.validate;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
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

  private final JsonNode schema;

  ReadOnlyCheck(JsonNode schema) {
    this.schema = schema;
  }

  List<Diagnostic> check(Node root) {
    List<Diagnostic> out = new ArrayList<>();
    walk(root, schema, out, 0);
    return out;
  }

  private void walk(Node node, JsonNode s, List<Diagnostic> out, int depth) {
    s = deref(s);
    if (s == null || depth > 32) {
      return;
    }
    if (node instanceof MapNode map) {
      JsonNode props = s.get("properties");
      if (props == null) {
        return;
      }
      for (MapNode.Field f : map.fields()) {
        JsonNode raw = props.get(f.key());
        JsonNode p = deref(raw);
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
      JsonNode items = s.get("items");
      for (Node item : list.items()) {
        walk(item, items, out, depth + 1);
      }
    }
  }

  private static boolean isReadOnly(JsonNode s) {
    return s != null && s.get("readOnly") != null && s.get("readOnly").asBoolean();
  }

  private JsonNode deref(JsonNode s) {
    int hops = 0;
    while (s != null && s.get("anyOf") != null && s.get("anyOf").size() > 0 && hops++ < 8) {
      // A field that also takes a ${variable} is anyOf [its schema, the template string].
      s = s.get("anyOf").get(0);
    }
    while (s != null && s.get("$ref") != null && hops++ < 16) {
      String ref = s.get("$ref").asString();
      if (!ref.startsWith("#/")) {
        return null;
      }
      JsonNode target = schema;
      for (String part : ref.substring(2).split("/")) {
        target = target == null ? null : target.get(part.replace("~1", "/").replace("~0", "~"));
      }
      s = target;
    }
    return s;
  }
}
