package th.go.mol.oneplan.app.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vendored map of Thailand against the shipped geography: one shape per official province, no shape left over. */
class ProvinceMapTest {
    private static final ThaiGeography GEOGRAPHY = ThaiGeography.load();
    private static final URL SHIPPED = ProvinceMapTest.class.getResource(ProvinceMap.RESOURCE);

    @Test
    void every_one_of_the_77_provinces_has_exactly_one_shape_and_every_shape_is_a_province() throws IOException {
        ProvinceMap map = new ProvinceMap(GEOGRAPHY, SHIPPED);

        List<Integer> codes = map.shapes().stream().map(ProvinceMap.Shape::provinceCode).toList();
        assertThat(codes).as("one shape per province").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(GEOGRAPHY.provinces().stream().map(Province::code).toList())
                .hasSize(77);
        long pathsInFile = Files.readString(pathOf(SHIPPED)).split("<path", -1).length - 1L;
        assertThat(pathsInFile).as("every shape of the file is one of the provinces").isEqualTo(77);
        assertThat(map.shapes()).allSatisfy(shape -> assertThat(shape.path()).startsWith("m ").endsWith("z"));
        assertThat(map.viewBox()).isEqualTo("0 0 560 1025");
    }

    @Test
    void shapes_are_matched_by_english_name_with_the_few_spelled_otherwise_listed() {
        ProvinceMap map = new ProvinceMap(GEOGRAPHY, SHIPPED);
        Map<Integer, String> nameOnMap = map.shapes().stream()
                .collect(Collectors.toMap(ProvinceMap.Shape::provinceCode, ProvinceMap.Shape::mapName));

        assertThat(nameOnMap.get(92)).isEqualTo("Trang");
        assertThat(nameOnMap.get(10)).isEqualTo("Bangkok");
        assertThat(nameOnMap.get(16)).as("Loburi in the geography").isEqualTo("Lop Buri");
        assertThat(nameOnMap.get(31)).as("Buri Ram in the geography").isEqualTo("Buriram");
        // Every entry of the spelling table is used: a table entry the map no longer needs is a stale one.
        Map<String, Province> byEnglish = GEOGRAPHY.provinces().stream()
                .collect(Collectors.toMap(Province::nameEn, Function.identity()));
        assertThat(ProvinceMap.SPELLED_OTHERWISE).allSatisfy((mapName, geographyName) -> {
            assertThat(nameOnMap).containsValue(mapName);
            assertThat(byEnglish).containsKey(geographyName);
        });
    }

    @Test
    void a_map_missing_a_province_or_with_a_shape_that_is_no_province_is_refused(@TempDir Path dir) throws IOException {
        String shipped = Files.readString(pathOf(SHIPPED));
        String withoutTrang = shipped.replaceAll("(?s)\\t<path\\s+id=\"trg\".*?/>\\n", "");
        assertThat(withoutTrang).isNotEqualTo(shipped);
        assertThatThrownBy(() -> new ProvinceMap(GEOGRAPHY, file(dir, "no-trang.svg", withoutTrang)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("province 92 Trang has no shape");

        String withALake = shipped.replace("</svg>", "<path id=\"lksg\" aria-label=\"Lake Songkha\" d=\"m 1,1 z\"/></svg>");
        assertThatThrownBy(() -> new ProvinceMap(GEOGRAPHY, file(dir, "lake.svg", withALake)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shape 'Lake Songkha'")
                .hasMessageContaining("is no province");

        String trangTwice = shipped.replace("</svg>", "<path id=\"trg2\" aria-label=\"Trang\" d=\"m 1,1 z\"/></svg>");
        assertThatThrownBy(() -> new ProvinceMap(GEOGRAPHY, file(dir, "twice.svg", trangTwice)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("province 92 Trang has two shapes");
    }

    private static URL file(Path dir, String name, String svg) throws IOException {
        return Files.writeString(dir.resolve(name), svg, StandardCharsets.UTF_8).toUri().toURL();
    }

    private static Path pathOf(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
