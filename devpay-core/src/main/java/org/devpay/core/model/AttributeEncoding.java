package org.devpay.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the typed profession and a multi-select survey's role labels travel inside a record's
 * attribute map, where every store written so far keeps them and where SQL users find them: one
 * encoding, so that the store's rows and a row's content digest (computed before any store) agree.
 */
public final class AttributeEncoding {
  /** The attribute key holding the profession ("yes" or "no"; absent when not recorded). */
  public static final String PROFESSION_KEY = "developer_by_profession";

  /** The attribute key holding the selected role labels (joined by "; "; absent when empty). */
  public static final String SELECTED_ROLES_KEY = "all_role_labels";

  private static final String LABEL_SEPARATOR = "; ";

  private AttributeEncoding() {}

  /** The attributes with the typed fields put in under their keys, sorted by key. */
  public static Map<String, String> encode(
      Map<String, String> attributes, Profession profession, List<String> selectedRoleLabels) {
    Map<String, String> stored = new TreeMap<>(attributes);
    if (profession != Profession.NOT_RECORDED) {
      stored.put(PROFESSION_KEY, profession.id());
    }
    if (!selectedRoleLabels.isEmpty()) {
      stored.put(SELECTED_ROLES_KEY, String.join(LABEL_SEPARATOR, selectedRoleLabels));
    }
    return stored;
  }

  /** Takes the stored profession out of {@code attributes} (which it changes). */
  public static Profession takeProfession(Map<String, String> attributes) {
    Optional<Profession> stored =
        Profession.parse(attributes.getOrDefault(PROFESSION_KEY, ""))
            .filter(p -> p != Profession.NOT_RECORDED);
    if (stored.isPresent()) {
      attributes.remove(PROFESSION_KEY);
    }
    return stored.orElse(Profession.NOT_RECORDED);
  }

  /** Takes the stored selected role labels out of {@code attributes} (which it changes). */
  public static List<String> takeSelectedRoleLabels(Map<String, String> attributes) {
    String joined = attributes.remove(SELECTED_ROLES_KEY);
    if (joined == null) {
      return List.of();
    }
    List<String> labels = new ArrayList<>();
    for (String label : joined.split(LABEL_SEPARATOR.strip(), -1)) {
      if (!label.isBlank()) {
        labels.add(label.strip());
      }
    }
    return labels;
  }
}
