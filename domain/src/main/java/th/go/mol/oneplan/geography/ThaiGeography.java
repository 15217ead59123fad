package th.go.mol.oneplan.geography;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The geography shipped with the application ({@code /geo/*.json}, copied from the shared reference data)
 * plus the name corrections listed in {@code /geo/name-corrections.json}: known mistakes in the source are
 * carried as data, not code.
 */
public final class ThaiGeography implements Geography {
    private static volatile ThaiGeography loaded;

    private final Map<Integer, Province> provinces;
    private final Map<Integer, District> districts;
    private final Map<Integer, Subdistrict> subdistricts;

    private ThaiGeography(Map<Integer, Province> provinces, Map<Integer, District> districts,
                          Map<Integer, Subdistrict> subdistricts) {
        this.provinces = provinces;
        this.districts = districts;
        this.subdistricts = subdistricts;
    }

    /** The reference data, read once per JVM: it is about 2 MB and never changes while running. */
    public static ThaiGeography load() {
        if (loaded == null) {
            synchronized (ThaiGeography.class) {
                if (loaded == null) {
                    loaded = read(new ObjectMapper());
                }
            }
        }
        return loaded;
    }

    private static ThaiGeography read(ObjectMapper json) {
        JsonNode corrections = tree(json, "/geo/name-corrections.json");
        Map<Integer, Province> provinces = new LinkedHashMap<>();
        for (JsonNode n : tree(json, "/geo/provinces.json")) {
            int code = n.get("provinceCode").asInt();
            provinces.put(code, new Province(code, n.get("provinceNameTh").asText(),
                    correctedEnglishName(corrections, code, n.get("provinceNameEn").asText())));
        }
        Map<Integer, District> districts = new LinkedHashMap<>();
        for (JsonNode n : tree(json, "/geo/districts.json")) {
            int code = n.get("districtCode").asInt();
            districts.put(code, new District(code, n.get("provinceCode").asInt(), n.get("districtNameTh").asText(),
                    correctedEnglishName(corrections, code, n.get("districtNameEn").asText())));
        }
        Map<Integer, Subdistrict> subdistricts = new LinkedHashMap<>();
        for (JsonNode n : tree(json, "/geo/subdistricts.json")) {
            int code = n.get("subdistrictCode").asInt();
            subdistricts.put(code, new Subdistrict(code, n.get("districtCode").asInt(), n.get("provinceCode").asInt(),
                    n.get("subdistrictNameTh").asText(),
                    correctedEnglishName(corrections, code, n.get("subdistrictNameEn").asText())));
        }
        return new ThaiGeography(Collections.unmodifiableMap(provinces), Collections.unmodifiableMap(districts),
                Collections.unmodifiableMap(subdistricts));
    }

    private static String correctedEnglishName(JsonNode corrections, int code, String sourceName) {
        JsonNode fix = corrections.get(String.valueOf(code));
        return fix == null ? sourceName : fix.get("nameEn").asText();
    }

    private static JsonNode tree(ObjectMapper json, String resource) {
        try (InputStream in = ThaiGeography.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + resource, e);
        }
    }

    @Override
    public Optional<Province> province(int code) {
        return Optional.ofNullable(provinces.get(code));
    }

    @Override
    public Optional<Subdistrict> subdistrict(int code) {
        return Optional.ofNullable(subdistricts.get(code));
    }

    @Override
    public List<District> districtsOf(int provinceCode) {
        List<District> result = new ArrayList<>();
        for (District d : districts.values()) {
            if (d.provinceCode() == provinceCode) {
                result.add(d);
            }
        }
        return result;
    }

    @Override
    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    @Override
    public Optional<District> district(int code) {
        return Optional.ofNullable(districts.get(code));
    }

    @Override
    public List<District> districts() {
        return List.copyOf(districts.values());
    }

    @Override
    public List<Subdistrict> subdistrictsOf(int districtCode) {
        List<Subdistrict> result = new ArrayList<>();
        for (Subdistrict s : subdistricts.values()) {
            if (s.districtCode() == districtCode) {
                result.add(s);
            }
        }
        return result;
    }

    @Override
    public List<Subdistrict> subdistricts() {
        return List.copyOf(subdistricts.values());
    }
}
