package org.partnerledger.events;

/**
 * The indicator of a reporting framework that a shared metric reports on.
 *
 * @param framework        the framework, e.g. {@code CSBG-NPI}
 * @param frameworkVersion the framework's version, e.g. {@code 2.0}; always given where a code is
 * @param code             the indicator's code within that version, e.g. {@code 1.2}
 */
public record MetricIndicator(String framework, @Nullable String frameworkVersion, @Nullable String code) {
}
