package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.stats.Estimate;

/**
 * Experience curves as JSON, in the answer document's conventions (snake_case keys, suppressed
 * points marked with null figures, every median with its n and interval).
 */
public final class ExperienceCurvesDocument {
  private ExperienceCurvesDocument() {}

  /** The document for these editions' curves, computed with these settings. */
  public static ObjectNode render(
      List<ExperienceCurves.EditionCurves> editions, AnswerSettings settings) {
    ObjectNode root = AnswerDocument.object();
    root.put(
        "statistic",
        "median of annual pay by years of professional experience, screened rows, per role");
    root.put("privacy_floor_k", settings.privacyFloor().minimumCellSize());
    root.put("confidence", settings.bootstrap().confidence());
    root.put("screen", settings.screen().describe());
    ArrayNode bands = root.putArray("bands");
    for (ExperienceCurves.Band band : ExperienceCurves.BANDS) {
      ObjectNode b = bands.addObject();
      b.put("label", band.label());
      b.put("from_years", band.from());
      if (Double.isInfinite(band.to())) {
        b.putNull("to_years");
      } else {
        b.put("to_years", band.to());
      }
    }
    ArrayNode out = root.putArray("editions");
    for (ExperienceCurves.EditionCurves edition : editions) {
      ObjectNode e = out.addObject();
      e.put("dataset", edition.datasetId());
      e.put("edition", edition.edition());
      e.put("currency", edition.currency());
      e.put("rows_with_experience", edition.rowsWithExperience());
      e.put("rows_without_experience", edition.rowsWithoutExperience());
      ArrayNode roles = e.putArray("roles");
      for (ExperienceCurves.RoleCurve curve : edition.roles()) {
        ObjectNode r = roles.addObject();
        r.put("role", curve.role().id());
        r.put("role_name", curve.role().displayName());
        ArrayNode points = r.putArray("points");
        for (ExperienceCurves.Point point : curve.points()) {
          ObjectNode p = points.addObject();
          p.put("band", point.band().label());
          Figures.count(p, "n", point.n(), point.suppressed());
          p.put("suppressed", point.suppressed());
          if (point.suppressed()) {
            p.putNull("median");
            p.putNull("ci_lower");
            p.putNull("ci_upper");
          } else {
            Estimate interval = point.medianInterval().orElseThrow();
            p.put("median", point.median().getAsDouble());
            p.put("ci_lower", interval.lower());
            p.put("ci_upper", interval.upper());
          }
        }
      }
    }
    return root;
  }
}
