package th.go.mol.oneplan.app.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.trang.TrangDemo;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drive page's budget charts drawn in the browser with ECharts (served from the application's own jar, no CDN;
 * docs/pages.md), on Trang's FY 2562 demo: each chart is an ECharts instance whose figures are the API's budget and
 * the figures the page prints, the console reports no script error and no CSP violation, and with script switched
 * off the server's SVG bars and figures are still the chart.
 */
class DriveChartsIT extends BrowserIT {
    private static final String TRANG = "/drives/92-2562";
    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final List<String> CHARTS = List.of("by-agency", "by-source", "by-month");
    /** Every chart the page has, as ECharts holds it: its categories, and each series' name and figures. */
    private static final String CHARTS_AS_ECHARTS_HOLDS_THEM = """
            var out = {};
            ['by-agency', 'by-source', 'by-month'].forEach(function (k) {
              var el = document.getElementById('echart-' + k);
              var chart = el && window.echarts && echarts.getInstanceByDom(el);
              if (!chart) { out[k] = null; return; }
              var o = chart.getOption();
              var category = o.yAxis[0].type === 'category' ? o.yAxis[0] : o.xAxis[0];
              out[k] = {
                labels: category.data,
                series: o.series.map(function (s) { return { name: s.name, data: s.data }; }),
                renderer: chart.getZr().painter.getType(),
                drawn: el.querySelectorAll('canvas').length,
                aria: el.getAttribute('aria-label')
              };
            });
            return JSON.stringify(out);""";

    @BeforeEach
    void trangHasRecordedItsYear() {
        trangsYearIsRecordedAndRead();
    }

    @Test
    void an_inspector_sees_trangs_budget_as_echarts_charts_with_the_apis_figures_and_no_console_error() throws Exception {
        JsonNode budget = get(TrangDemo.DRIVE + "/budget").body();
        logInAs(READER, Role.INSPECTOR, null, null);
        browser.consoleErrors(); // what the login page logged is not this page's

        browser.get(TRANG);
        browser.awaitScript("return !!window.echarts && ['by-agency', 'by-source', 'by-month'].every(function (k) {"
                + " var el = document.getElementById('echart-' + k); return !!el && !!echarts.getInstanceByDom(el); });");
        JsonNode charts = JSON.readTree((String) browser.script(CHARTS_AS_ECHARTS_HOLDS_THEM));

        for (String name : CHARTS) {
            JsonNode chart = charts.get(name);
            assertThat(chart.get("renderer").asText()).as(name).isEqualTo("canvas");
            assertThat(chart.get("drawn").asInt()).as("%s is drawn on a canvas", name).isPositive();
            // The categories are the labels the page prints beside the server's bars.
            assertThat(texts(chart.get("labels"))).as(name).isEqualTo(printed("#chart-" + name + " li .label"));
            // The server's list is hidden (the chart replaces it) but still in the page.
            assertThat(browser.find("#chart-" + name).isDisplayed()).as("%s's fallback list", name).isFalse();
            assertThat(browser.find("#echart-" + name).isDisplayed()).as(name).isTrue();
        }

        // By agency and by source: allocated and spent, each as GET /api/drives/92-2562/budget gives it.
        for (String[] chart : new String[][] {{"by-agency", "agencies"}, {"by-source", "sources"}}) {
            JsonNode series = charts.get(chart[0]).get("series");
            JsonNode fromApi = budget.get(chart[1]);
            assertThat(series).as(chart[0]).hasSize(2);
            assertThat(series.get(0).get("name").asText()).contains("จัดสรร").contains("allocated");
            assertThat(series.get(1).get("name").asText()).contains("ใช้จ่าย").contains("spent");
            assertThat(amounts(series.get(0).get("data"))).as("%s allocated", chart[0])
                    .isEqualTo(amounts(fromApi, "allocated"));
            assertThat(amounts(series.get(1).get("data"))).as("%s spent", chart[0])
                    .isEqualTo(amounts(fromApi, "spent"));
            // ...and the figures the page prints under each bar.
            List<String> figures = new ArrayList<>();
            for (int i = 0; i < fromApi.size(); i++) {
                figures.add("ใช้จ่าย " + baht(series.get(1).get("data").get(i).decimalValue()) + " / จัดสรร "
                        + baht(series.get(0).get("data").get(i).decimalValue()) + " บาท");
            }
            assertThat(printed("#chart-" + chart[0] + " li .figure")).isEqualTo(figures);
        }
        // The agencies' and the sources' totals are the drive's totals the page prints at the top.
        JsonNode totals = budget.get("totals").get("figures");
        for (String chart : List.of("by-agency", "by-source")) {
            JsonNode series = charts.get(chart).get("series");
            assertThat(sum(series.get(0).get("data"))).isEqualByComparingTo(totals.get("allocated").get("baht").decimalValue());
            assertThat(sum(series.get(1).get("data"))).isEqualByComparingTo(totals.get("spent").get("baht").decimalValue());
        }
        assertThat(browser.text("#budget-spent")).isEqualTo(baht(totals.get("spent").get("baht").decimalValue()) + " บาท");

        // Spending by month: one series, the API's months.
        JsonNode months = charts.get("by-month").get("series");
        assertThat(months).hasSize(1);
        assertThat(amounts(months.get(0).get("data"))).isEqualTo(amounts(budget.get("spendingByMonth"), "spent"));
        assertThat(months.get(0).get("data")).isNotEmpty();

        // A screen reader hears every figure (ECharts' aria label, written in Thai by charts.js).
        String firstAgency = charts.get("by-agency").get("labels").get(0).asText();
        assertThat(charts.get("by-agency").get("aria").asText()).contains(firstAgency)
                .contains(baht(budget.get("agencies").get(0).get("figures").get("spent").get("baht").decimalValue()) + " บาท");

        // The tooltip names the agency and its amounts in baht.
        browser.script("echarts.getInstanceByDom(document.getElementById('echart-by-agency'))"
                + ".dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });");
        browser.awaitScript("var t = document.querySelector('#echart-by-agency > div:last-child');"
                + " return !!t && t.textContent.indexOf('บาท') >= 0;");
        String tip = (String) browser.script("return document.querySelector('#echart-by-agency > div:last-child').textContent;");
        assertThat(tip).contains(firstAgency)
                .contains(baht(budget.get("agencies").get(0).get("figures").get("allocated").get("baht").decimalValue()) + " บาท");
        browser.screenshotOf("#echart-by-agency", "drive-chart-by-agency-tooltip");
        browser.script("echarts.getInstanceByDom(document.getElementById('echart-by-agency')).dispatchAction({ type: 'hideTip' });");

        // Resizing to a phone redraws the charts to the narrower width (charts.js redraws 150 ms after the last
        // resize event: until then a chart keeps its desktop width).
        browser.resize(Browser.PHONE);
        browser.awaitScript("return Array.prototype.every.call(document.querySelectorAll('.echart'), function (el) {"
                + " return el.clientWidth < 400 && el.firstElementChild.offsetWidth <= el.clientWidth"
                + " && el.getBoundingClientRect().right <= document.documentElement.clientWidth; });");
        // A phone opening the page draws the charts at its width and the page does not scroll sideways.
        browser.get(TRANG);
        browser.awaitScript("return !!window.echarts && Array.prototype.every.call(document.querySelectorAll('ul.chart'),"
                + " function (ul) { return ul.classList.contains('drawn'); });");
        assertThat(browser.overflowsSideways()).as(() -> "the drive page with its charts at 390 px; wider than the window: "
                + browser.script("return document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth"
                + " + ': ' + Array.prototype.filter.call(document.querySelectorAll('.echart, .echart *'), function (e) {"
                + " return e.getBoundingClientRect().right > document.documentElement.clientWidth + 1; }).slice(0, 8)"
                + ".map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().right); }).join(', ');")).isFalse();
        browser.screenshotOf("section[aria-labelledby=budget]", "drive-charts-phone");
        browser.resize(Browser.DESKTOP);
        browser.awaitScript("return Array.prototype.every.call(document.querySelectorAll('.echart'), function (el) {"
                + " return el.clientWidth > 400 && Math.abs(el.firstElementChild.offsetWidth - el.clientWidth) <= 1; });");
        browser.screenshotOf("section[aria-labelledby=budget]", "drive-charts");
        browser.screenshot("drive-inspector-charts");

        assertThat(browser.consoleErrors()).as("script errors and CSP violations on the drive page").isEmpty();

        // The console check would see a violation: an inline style is refused by the pages' CSP and reported.
        browser.script("document.getElementById('budget').setAttribute('style', 'color: red');");
        assertThat(browser.consoleErrors()).anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
    }

    @Test
    void without_script_the_servers_svg_bars_and_figures_are_the_chart() {
        Login login = userWith(READER, Role.INSPECTOR, null, null);
        JsonNode budget = get(TrangDemo.DRIVE + "/budget").body();
        try (Browser noScript = Browser.openWithoutScript(base())) {
            noScript.logIn(login.username(), login.password());
            noScript.get(TRANG);

            assertThat(noScript.all(".echart")).as("nothing drawn by script").isEmpty();
            for (String name : CHARTS) {
                assertThat(noScript.find("#chart-" + name).isDisplayed()).as(name).isTrue();
                assertThat(noScript.all("#chart-" + name + " li svg rect.spent")).as(name).isNotEmpty();
            }
            JsonNode first = budget.get("agencies").get(0).get("figures");
            assertThat(noScript.text("#chart-by-agency li:first-child .figure")).isEqualTo(
                    "ใช้จ่าย " + baht(first.get("spent").get("baht").decimalValue()) + " / จัดสรร "
                            + baht(first.get("allocated").get("baht").decimalValue()) + " บาท");
            assertThat(noScript.find(".key").isDisplayed()).isTrue();
            noScript.screenshotOf("section[aria-labelledby=budget]", "drive-charts-without-script");
        }
    }

    @Test
    void the_chart_library_is_served_by_the_application_itself_with_its_licence() {
        // No cookie, no redirect followed: what anyone gets.
        RestClient plain = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER).build()))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .build();

        var library = plain.get().uri(base() + ECHARTS).retrieve().toEntity(String.class);
        assertThat(library.getStatusCode().value()).isEqualTo(200);
        assertThat(library.getHeaders().getContentType().toString()).contains("javascript");
        assertThat(library.getBody()).contains("echarts");
        var licence = plain.get().uri(base() + "/webjars/echarts/5.3.1/LICENSE").retrieve().toEntity(String.class);
        assertThat(licence.getStatusCode().value()).isEqualTo(200);
        assertThat(licence.getBody()).contains("Apache License");
        var ours = plain.get().uri(base() + "/pages-assets/charts.js").retrieve().toEntity(String.class);
        assertThat(ours.getStatusCode().value()).isEqualTo(200);
        // Only the library's files are opened to everyone: the rest of /webjars is behind the login.
        var other = plain.get().uri(base() + "/webjars/other/1.0/x.js").retrieve().toEntity(String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(302);
        assertThat(other.getHeaders().getLocation().toString()).endsWith("/login");
    }


    /** The text of elements the page has, shown or hidden. */
    private static List<String> printed(String css) {
        return browser.all(css).stream().map(e -> e.getAttribute("textContent").trim()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** Amounts to the satang, so 1200 and 1200.00 are the same figure. */
    private static List<BigDecimal> amounts(JsonNode numbers) {
        List<BigDecimal> amounts = new ArrayList<>();
        numbers.forEach(n -> amounts.add(n.decimalValue().setScale(2)));
        return amounts;
    }

    private static List<BigDecimal> amounts(JsonNode rows, String figure) {
        List<BigDecimal> amounts = new ArrayList<>();
        rows.forEach(row -> amounts.add((row.has("figures") ? row.get("figures").get(figure) : row.get(figure))
                .get("baht").decimalValue().setScale(2)));
        return amounts;
    }

    private static BigDecimal sum(JsonNode numbers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode n : numbers) {
            sum = sum.add(n.decimalValue());
        }
        return sum;
    }

    private static String baht(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
