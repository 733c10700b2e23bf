/**
 * The regression machinery behind adjusted figures: the groups a comparison contrasts ({@link
 * org.devpay.core.analysis.engine.GroupSelector}), the controls held fixed ({@link
 * org.devpay.core.analysis.engine.Control}) and how each is coded into a log-pay model ({@link
 * org.devpay.core.analysis.engine.ControlTerms}, reported per edition as {@link
 * org.devpay.core.analysis.engine.ControlUse}), and the estimator of one edition's premium ({@link
 * org.devpay.core.analysis.engine.PremiumEstimator}). The entry points in {@link
 * org.devpay.core.analysis} drive it; only the group and control vocabulary is read by other
 * modules.
 */
package org.devpay.core.analysis.engine;
