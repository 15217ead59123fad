package th.go.mol.oneplan.bench;

/**
 * One measured figure of a run, with its reference measured in the same run where it has one (so that the ratio
 * holds on a noisy machine even when the absolute number does not).
 */
record Figure(String key, String name, String unit, double value, Double reference, String referenceName) {

    static Figure of(String key, String name, String unit, double value) {
        return new Figure(key, name, unit, value, null, null);
    }

    static Figure against(String key, String name, String unit, double value, double reference, String referenceName) {
        return new Figure(key, name, unit, value, reference, referenceName);
    }

    /** The figure as a share of its reference; null without one. */
    Double ratio() {
        return reference == null || reference == 0 ? null : value / reference;
    }
}
