package th.go.mol.oneplan.app.pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outline of each of the 77 provinces, read once from the vendored map {@code /geo-map/thailand.svg}
 * ({@code @svg-maps/thailand} 2.0.0, CC BY 4.0: see {@code geo-map/NOTICE.md}) and matched to the official province
 * codes of the geography. The map names its shapes in English only, so a shape is matched by its English name; the
 * few names the map spells otherwise than the geography are listed in {@link #SPELLED_OTHERWISE}. A map that leaves
 * a province without a shape, gives one two, or has a shape that is no province is refused at start-up: a board map
 * quietly missing a province would read as a province with nothing to show.
 */
@Component
@WithPages
public class ProvinceMap {
    static final String RESOURCE = "/geo-map/thailand.svg";

    /** The map's English name → the geography's English name, where the two spell a province differently. */
    static final Map<String, String> SPELLED_OTHERWISE = Map.of(
            "Lop Buri", "Loburi",
            "Buriram", "Buri Ram");

    /**
     * One province's outline.
     *
     * @param mapName the name the map gives it
     * @param path    SVG path data in the map's coordinates ({@link #viewBox()})
     */
    public record Shape(int provinceCode, String mapName, String path) {
    }

    private final String viewBox;
    private final Map<Integer, Shape> shapes;

    @Autowired
    public ProvinceMap(Geography geography) {
        this(geography, ProvinceMap.class.getResource(RESOURCE));
    }

    ProvinceMap(Geography geography, URL svg) {
        if (svg == null) {
            throw new IllegalStateException("the board map " + RESOURCE + " is missing from the classpath");
        }
        Document document = parse(svg);
        this.viewBox = document.getDocumentElement().getAttribute("viewBox");
        this.shapes = match(geography, document.getElementsByTagNameNS("*", "path"), svg);
    }

    public String viewBox() {
        return viewBox;
    }

    /** Every province's shape, by province code. */
    public List<Shape> shapes() {
        return List.copyOf(shapes.values());
    }

    public Optional<Shape> shapeOf(int provinceCode) {
        return Optional.ofNullable(shapes.get(provinceCode));
    }

    private static Map<Integer, Shape> match(Geography geography, NodeList paths, URL svg) {
        Map<String, Province> byName = geography.provinces().stream()
                .collect(Collectors.toMap(p -> key(p.nameEn()), Function.identity()));
        Map<Integer, Shape> shapes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            String name = path.getAttribute("aria-label").strip();
            Province province = byName.get(key(SPELLED_OTHERWISE.getOrDefault(name, name)));
            if (province == null) {
                problems.add("shape '" + name + "' (id " + path.getAttribute("id") + ") is no province of the geography");
            } else if (shapes.containsKey(province.code())) {
                problems.add("province " + province.code() + " " + province.nameEn() + " has two shapes: '"
                        + shapes.get(province.code()).mapName() + "' and '" + name + "'");
            } else {
                shapes.put(province.code(), new Shape(province.code(), name, path.getAttribute("d")));
            }
        }
        geography.provinces().stream().filter(p -> !shapes.containsKey(p.code()))
                .sorted(Comparator.comparingInt(Province::code))
                .forEach(p -> problems.add("province " + p.code() + " " + p.nameEn() + " has no shape"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the board map " + svg + " does not match the geography: " + problems);
        }
        return shapes;
    }

    private static String key(String englishName) {
        return englishName.strip().toLowerCase(Locale.ROOT);
    }

    private static Document parse(URL svg) {
        try (InputStream in = svg.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A data file, not a web page: no DTD, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("the board map " + svg + " cannot be read: " + e.getMessage(), e);
        }
    }
}
