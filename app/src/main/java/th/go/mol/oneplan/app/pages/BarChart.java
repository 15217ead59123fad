package th.go.mol.oneplan.app.pages;

import th.go.mol.oneplan.query.budget.Money;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG: each bar's length is its amount's share of the chart's largest
 * amount, and its figures are written beside it in text, so the chart reads without seeing the bars. In a browser
 * with script, pages-assets/charts.js draws the same figures (written on each bar's item) with ECharts in its place;
 * this one is the chart without script (docs/pages.md).
 */
public record BarChart(String title, List<Bar> bars) {

    /**
     * @param allocated null for a chart of what was spent only (by month)
     */
    public record Bar(String label, Money allocated, Money spent, double allocatedPercent, double spentPercent) {
    }

    /** A bar before scaling. */
    public record Amounts(String label, Money allocated, Money spent) {
    }

    public static BarChart of(String title, List<Amounts> amounts) {
        long max = amounts.stream()
                .mapToLong(a -> Math.max(a.allocated() == null ? 0 : a.allocated().satang(), a.spent().satang()))
                .max().orElse(0);
        List<Bar> bars = amounts.stream().map(a -> new Bar(a.label(), a.allocated(), a.spent(),
                percent(a.allocated(), max), percent(a.spent(), max))).toList();
        return new BarChart(title, bars);
    }

    private static double percent(Money amount, long max) {
        if (amount == null || max <= 0 || amount.satang() <= 0) {
            return 0;
        }
        return Math.round(amount.satang() * 10_000.0 / max) / 100.0;
    }
}
