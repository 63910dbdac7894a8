package io.daylight.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The checked-in JSON Schemas, for asserting that outputs keep their contract shape. */
public final class Schemas {
  private Schemas() {}

  public static void assertValid(String schema, JsonNode doc) {
    JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Schemas.class.getResourceAsStream("/schemas/" + schema));
    Set<ValidationMessage> errors = s.validate(doc);
    assertThat(errors).as("%s against %s", doc, schema).isEmpty();
  }
}
