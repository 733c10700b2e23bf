package org.devpay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** SortedAttributes behaves as the unmodifiable TreeMap records used to hold. */
class SortedAttributesTest {
  private static Map<String, String> unsorted() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("main_branch", "I am a developer by profession");
    map.put("comp_total", "44121");
    map.put("currency", "USD");
    map.put("Ärger", "umlaut sorts after ASCII");
    map.put("a", "");
    return map;
  }

  @Test
  void ordersLooksUpComparesAndPrintsAsTheTreeMap() {
    Map<String, String> tree = Collections.unmodifiableMap(new TreeMap<>(unsorted()));
    Map<String, String> ours = SortedAttributes.of(unsorted());
    assertThat(new ArrayList<>(ours.keySet())).containsExactlyElementsOf(tree.keySet());
    assertThat(new ArrayList<>(ours.values())).containsExactlyElementsOf(tree.values());
    assertThat(ours).isEqualTo(tree);
    assertThat(tree).isEqualTo(ours);
    assertThat(ours.hashCode()).isEqualTo(tree.hashCode());
    assertThat(ours.toString()).isEqualTo(tree.toString());
    for (String key : List.of("a", "currency", "Ärger", "missing", "")) {
      assertThat(ours.get(key)).as(key).isEqualTo(tree.get(key));
      assertThat(ours.containsKey(key)).as(key).isEqualTo(tree.containsKey(key));
    }
    assertThat(ours.get(42)).isNull();
    assertThat(ours.size()).isEqualTo(5);
    assertThat(SortedAttributes.of(Map.of())).isEmpty();
  }

  @Test
  void anyNumberOfAttributesInAnyOrderSortAsTheTreeMapSortsThem() {
    // Few attributes are sorted by insertion, many through a TreeMap: both against the TreeMap.
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int trial = 0; trial < 300; trial++) {
      int size = trial % 90;
      Map<String, String> map = new LinkedHashMap<>();
      while (map.size() < size) {
        String key =
            Integer.toString(random.nextInt(1_000), 36) + (random.nextBoolean() ? "é" : "");
        map.put(key, random.nextInt(5) == 0 ? null : "v" + random.nextInt());
      }
      Map<String, String> tree = new TreeMap<>(map);
      Map<String, String> ours = SortedAttributes.of(map);
      assertThat(new ArrayList<>(ours.keySet())).containsExactlyElementsOf(tree.keySet());
      assertThat(new ArrayList<>(ours.values())).containsExactlyElementsOf(tree.values());
      assertThat(ours).isEqualTo(tree);
    }
    Map<String, String> withNull = new java.util.HashMap<>(unsorted());
    withNull.put(null, "x");
    assertThatThrownBy(() -> SortedAttributes.of(withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void cannotBeChangedAndRefusesANullKey() {
    Map<String, String> ours = SortedAttributes.of(unsorted());
    assertThatThrownBy(() -> ours.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ours.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ours.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(ours::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ours.get(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isTakenAsItIsAndRecordsOfOneKeySetShareIt() {
    Map<String, String> first = SortedAttributes.of(unsorted());
    assertThat(SortedAttributes.of(first)).isSameAs(first);
    // The same keys as new strings: sharing the key array gives back the first record's ones.
    Map<String, String> other = new TreeMap<>();
    unsorted().forEach((key, value) -> other.put(new String(key), value));
    other.put("comp_total", "56100");
    Map<String, String> second = SortedAttributes.of(other);
    assertThat(second).isNotEqualTo(first);
    assertThat(second.get("comp_total")).isEqualTo("56100");
    assertThat(second.keySet().iterator().next()).isSameAs(first.keySet().iterator().next());
  }
}
