package org.devpay.sources.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every mapping file shown in docs/mapping.md and in the README is a valid mapping, so the
 * reference a user copies from never teaches a key or value devpay refuses.
 */
class MappingDocsTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  private static List<String> mappings(Path markdown) throws IOException {
    Matcher blocks = YAML_BLOCK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      if (blocks.group(1).contains("dataset:")) {
        found.add(blocks.group(1));
      }
    }
    return found;
  }

  @Test
  void everyExampleOfTheReferenceAndTheReadmeIsAValidMapping() throws IOException {
    List<String> examples = new ArrayList<>(mappings(Path.of("../docs/mapping.md")));
    int reference = examples.size();
    examples.addAll(mappings(Path.of("../README.md")));
    assertThat(reference).isEqualTo(4);
    assertThat(examples).hasSizeGreaterThan(reference);
    for (String example : examples) {
      Mapping mapping = MappingFile.parse("example.yaml", example);
      assertThat(mapping.columns()).containsKey(MappedField.PAY);
    }
  }
}
