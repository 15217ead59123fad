package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * A province's full drive for a fiscal year, made from the Trang FY 2562 demo (the 40 requests of
 * {@code demo/trang-2562.json}, read from the packaged service): the province's code and Thai name, its own real
 * subdistricts spread over its districts in place of Trang's ten pilot sites, and every date and Buddhist Era year
 * moved by whole years for another fiscal year. Each province's drive so has the demo's acts and KPI path.
 */
final class DriveScript {
    /** One request of a drive; inspections are recorded by an inspector, everything else by the province's officer. */
    record Step(String path, JsonNode body, boolean byInspector) {
    }

    /** Trang's ten pilot sites in the demo, in the order the province's own replace them. */
    private static final int[] TRANG_SITES = {920118, 920201, 920302, 920404, 920501, 920606, 920705, 920806,
            920902, 921003};
    private static final Pattern BE_YEAR = Pattern.compile("(?<![0-9])(256[12])(?![0-9])");
    private static final Pattern CE_MONTH = Pattern.compile("(?<![0-9])(201[89])-([0-9]{2})");
    private static final Pattern TRANG_SITE = Pattern.compile("(?<![0-9])(92[0-9]{4})(?![0-9])");

    private final String template;

    private DriveScript(String template) {
        this.template = template;
    }

    /** The demo as the packaged service holds it (BOOT-INF/classes/demo/trang-2562.json). */
    static DriveScript fromJar(Path appJar) throws IOException {
        try (JarFile jar = new JarFile(appJar.toFile())) {
            ZipEntry entry = jar.getEntry("BOOT-INF/classes/demo/trang-2562.json");
            if (entry == null) {
                throw new IllegalStateException(appJar + " holds no demo/trang-2562.json");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new DriveScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** The ten subdistricts of the province that play Trang's ten pilot sites. */
    static List<Integer> sites(Geography.Province province) {
        return province.spread(TRANG_SITES.length);
    }

    /**
     * The province's drive of fiscal year {@code fiscalYear} (BE), all 40 steps, or only those up to the first
     * plan's approval (a drive where field visits may be recorded, and no more).
     */
    List<Step> drive(Geography.Province province, int fiscalYear, boolean untilPlanApproved) throws IOException {
        int shift = fiscalYear - 2562;
        Map<Integer, Integer> sites = new LinkedHashMap<>();
        List<Integer> own = sites(province);
        for (int i = 0; i < TRANG_SITES.length; i++) {
            sites.put(TRANG_SITES[i], own.get(i % own.size()));
        }
        String text = template.replace("\"provinceCode\": 92", "\"provinceCode\": " + province.code())
                .replace("92-256", "%02d-256".formatted(province.code()))
                .replace("ตรัง", province.nameTh());
        text = replace(TRANG_SITE, text, m -> String.valueOf(sites.getOrDefault(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(1)))));
        text = replace(BE_YEAR, text, m -> String.valueOf(Integer.parseInt(m.group(1)) + shift));
        text = replace(CE_MONTH, text, m -> (Integer.parseInt(m.group(1)) + shift) + "-" + m.group(2));
        List<Step> steps = new ArrayList<>();
        for (JsonNode request : Api.JSON.readTree(text)) {
            String path = request.get("path").asText();
            steps.add(new Step(path, request.get("body"), path.endsWith("/inspections")));
            if (untilPlanApproved && path.endsWith("/plans/1/approval")) {
                break;
            }
        }
        return steps;
    }

    /** A field visit of the drive's template, to a site of the province, on {@code date}: the measured command. */
    ObjectNode fieldVisit(Geography.Province province, int fiscalYear, int site, String date) throws IOException {
        for (Step step : drive(province, fiscalYear, false)) {
            if (step.path().endsWith("/field-visits")) {
                ObjectNode visit = (ObjectNode) step.body().deepCopy();
                visit.put("visitDate", date).put("siteSubdistrictCode", site);
                return visit;
            }
        }
        throw new IllegalStateException("the template has no field visit");
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
