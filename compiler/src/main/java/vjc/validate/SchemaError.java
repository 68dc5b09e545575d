package vjc.validate;

import java.util.List;

/**
 * One way an instance breaks the schema, before it is put in words.
 *
 * @param keyword the schema keyword that failed, e.g. {@code type} or {@code required}
 * @param instancePath where in the instance: field names and list indexes ({@link Integer})
 * @param schemaPath where the keyword sits in the schema, following {@code $ref} to its target
 * @param property the field an object keyword is about ({@code required}, {@code
 *     additionalProperties}), or null
 */
record SchemaError(
    String keyword, List<Object> instancePath, List<Object> schemaPath, String property) {

  SchemaError {
    instancePath = List.copyOf(instancePath);
    schemaPath = List.copyOf(schemaPath);
  }
}
