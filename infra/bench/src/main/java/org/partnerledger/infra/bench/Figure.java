package org.partnerledger.infra.bench;

/**
 * One line of the report: a measured value, optionally the raw baseline of the same run it is compared with (the
 * ratio is value / baseline), and the target it is held against.
 *
 * @param baseline  the baseline value, or {@code null} when the figure stands alone
 * @param ratio     value / baseline, or {@code null}
 * @param target    the target in words, or {@code null}
 * @param note      what the reader should know to interpret the value, or {@code null}
 */
record Figure(String section, String name, double value, String unit, String baselineName, Double baseline,
              Double ratio, String target, Status status, String note) {

    enum Status {
        MET("met"), MISSED("MISSED"), INFO(""), SKIPPED("skipped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Status of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    static Figure of(String section, String name, double value, String unit) {
        return new Figure(section, name, value, unit, null, null, null, null, Status.INFO, null);
    }

    static Figure skipped(String section, String name, String why) {
        return new Figure(section, name, Double.NaN, "", null, null, null, null, Status.SKIPPED, why);
    }

    /** Compares with a raw baseline of the same run; the ratio is this value over the baseline. */
    Figure against(String name, double baselineValue) {
        Double quotient = baselineValue > 0 && !Double.isNaN(value) ? value / baselineValue : null;
        return new Figure(section, this.name, value, unit, name, baselineValue, quotient, target, status, note);
    }

    Figure target(String text, Status met) {
        return new Figure(section, name, value, unit, baselineName, baseline, ratio, text, met, note);
    }

    Figure note(String text) {
        return new Figure(section, name, value, unit, baselineName, baseline, ratio, target, status, text);
    }
}
