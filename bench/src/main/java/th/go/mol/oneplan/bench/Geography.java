package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** The official provinces, districts and subdistricts (oneplan-domain's geo/*.json), as the generator needs them. */
final class Geography {
    record Province(int code, String nameTh, List<Integer> subdistricts, Map<Integer, List<Integer>> byDistrict) {
        /**
         * Subdistricts taken one per district in turn (the first of each district, then the second, ...): the
         * province's pilot sites, spread over its districts as the Trang drive's ten are.
         */
        List<Integer> spread(int count) {
            List<Integer> result = new ArrayList<>();
            for (int round = 0; result.size() < count; round++) {
                boolean any = false;
                for (List<Integer> district : byDistrict.values()) {
                    if (round < district.size() && result.size() < count) {
                        result.add(district.get(round));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            return result;
        }

        int districts() {
            return byDistrict.size();
        }
    }

    private final Map<Integer, Province> provinces;

    private Geography(Map<Integer, Province> provinces) {
        this.provinces = provinces;
    }

    static Geography load() {
        JsonNode provinceRows = read("geo/provinces.json");
        JsonNode subdistrictRows = read("geo/subdistricts.json");
        Map<Integer, Map<Integer, List<Integer>>> districts = new TreeMap<>();
        for (JsonNode row : subdistrictRows) {
            districts.computeIfAbsent(row.get("provinceCode").asInt(), p -> new TreeMap<>())
                    .computeIfAbsent(row.get("districtCode").asInt(), d -> new ArrayList<>())
                    .add(row.get("subdistrictCode").asInt());
        }
        Map<Integer, Province> provinces = new LinkedHashMap<>();
        for (JsonNode row : provinceRows) {
            int code = row.get("provinceCode").asInt();
            Map<Integer, List<Integer>> byDistrict = districts.getOrDefault(code, Map.of());
            List<Integer> all = byDistrict.values().stream().flatMap(List::stream).sorted().toList();
            provinces.put(code, new Province(code, row.get("provinceNameTh").asText(), all, byDistrict));
        }
        return new Geography(provinces);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Geography.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (oneplan-domain)");
            }
            return Api.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} provinces chosen by the seed (all 77 when asked for 77), in code order. */
    List<Province> choose(int count, long seed) {
        List<Province> all = new ArrayList<>(provinces.values());
        Collections.shuffle(all, new Random(seed));
        List<Province> chosen = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
        chosen.sort((a, b) -> Integer.compare(a.code(), b.code()));
        return chosen;
    }
}
