package org.devpay.sources.catalog;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One dataset devpay knows: who publishes it, under which licence and attribution, its official
 * address and its files, so a user can get it without hunting and cite it correctly.
 *
 * @param id the dataset id adapters emit ("so-survey-2024")
 * @param title the dataset's title
 * @param publisher who publishes it
 * @param licence the licence or terms, as the publisher states them
 * @param attribution what a publication of figures from it must say
 * @param homepage the publisher's page for the dataset
 * @param localFolder the folder of a copy under the shared data directory, when there is one
 * @param note caveats in a sentence or two ("" when none)
 * @param files its files, in catalog order
 */
public record Dataset(
    String id,
    String title,
    String publisher,
    String licence,
    String attribution,
    String homepage,
    Optional<String> localFolder,
    String note,
    List<DatasetFile> files) {
  public Dataset {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(publisher, "publisher is null");
    requireNonNull(licence, "licence is null");
    requireNonNull(attribution, "attribution is null");
    requireNonNull(homepage, "homepage is null");
    requireNonNull(localFolder, "localFolder is null");
    requireNonNull(note, "note is null");
    files = List.copyOf(files);
    Set<String> names = new HashSet<>();
    for (DatasetFile file : files) {
      if (!names.add(file.fileName())) {
        throw new IllegalArgumentException(id + " lists " + file.fileName() + " twice");
      }
    }
  }

  /** The licence with the attribution it asks for, as one citation line. */
  public String licenceAndAttribution() {
    return licence + "; attribution: " + attribution;
  }
}
