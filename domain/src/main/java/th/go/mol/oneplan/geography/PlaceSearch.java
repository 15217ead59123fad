package th.go.mol.oneplan.geography;

import th.go.mol.oneplan.common.InvalidValue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds provinces, districts and subdistricts by their Thai or English name, so that a client can learn the code
 * it must send. A name matches when it contains the query, compared as people type names: English case, spaces,
 * hyphens, dots and apostrophes do not count ({@code "nayong"} finds Na Yong), Thai is compared in its
 * compatibility form (ำ typed as ํ + า is the same), and a leading administrative word of the query
 * (จังหวัด, อำเภอ, เขต, ตำบล, แขวง) is dropped, since the names do not carry it. The best matches come first: a
 * whole name, then a name's start, then anywhere inside; provinces before districts before subdistricts; then by
 * code.
 */
public final class PlaceSearch {
    /** Fewer characters than this (as compared) would match a good part of the country's 8,441 places. */
    public static final int MIN_QUERY_LENGTH = 2;
    public static final int MAX_QUERY_LENGTH = 100;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final List<String> ADMINISTRATIVE_WORDS = List.of("จังหวัด", "อำเภอ", "เขต", "ตำบล", "แขวง")
            .stream().map(PlaceSearch::key).toList();
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingInt(Match::quality)
            .thenComparing(m -> m.place().kind())
            .thenComparingInt(m -> m.place().code());

    private final List<Indexed> places;

    public PlaceSearch(Geography geography) {
        List<Indexed> all = new ArrayList<>();
        geography.provinces().forEach(p -> all.add(new Indexed(Place.of(p))));
        geography.districts().forEach(d -> all.add(new Indexed(Place.of(d))));
        geography.subdistricts().forEach(s -> all.add(new Indexed(Place.of(s))));
        this.places = List.copyOf(all);
    }

    /**
     * The places whose name contains the query, best first, at most {@code limit} of them; {@code total} says how
     * many matched in all. 400 naming {@code field} when the query is missing, too short or too long.
     */
    public Found find(String query, String field, int limit) {
        String key = queryKey(query, field);
        List<Match> matches = new ArrayList<>();
        for (Indexed place : places) {
            int quality = Math.min(place.quality(place.keyTh, key), place.quality(place.keyEn, key));
            if (quality < Indexed.NO_MATCH) {
                matches.add(new Match(place.place, quality));
            }
        }
        matches.sort(BEST_FIRST);
        int shown = Math.min(Math.max(limit, 0), matches.size());
        return new Found(matches.subList(0, shown).stream().map(Match::place).toList(), matches.size());
    }

    /** The query as compared; 400 {@code required}, {@code min-length} or {@code max-length} naming the field. */
    static String queryKey(String query, String field) {
        if (query == null || query.isBlank()) {
            throw new InvalidValue(field, "required", field + " is required: part of a Thai or English place name,"
                    + " like ตรัง or Trang");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidValue(field, "max-length", field + " is at most " + MAX_QUERY_LENGTH
                    + " characters long, got " + query.length());
        }
        String key = key(query);
        for (String word : ADMINISTRATIVE_WORDS) {
            if (key.startsWith(word) && key.length() > word.length()) {
                key = key.substring(word.length());
                break;
            }
        }
        if (key.codePointCount(0, key.length()) < MIN_QUERY_LENGTH) {
            throw new InvalidValue(field, "min-length", field + " needs at least " + MIN_QUERY_LENGTH
                    + " letters or digits of a place name (spaces, hyphens and dots do not count), got '" + query + "'");
        }
        return key;
    }

    /** A name as compared: compatibility form, lower case, without spaces, hyphens, dots and apostrophes. */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && "-.'’()".indexOf(c) < 0)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** What a search found: the places shown (at most the limit asked) and how many matched in all. */
    public record Found(List<Place> places, int total) {
    }

    private record Match(Place place, int quality) {
    }

    private static final class Indexed {
        static final int NO_MATCH = 3;

        final Place place;
        final String keyTh;
        final String keyEn;

        Indexed(Place place) {
            this.place = place;
            this.keyTh = key(place.nameTh());
            this.keyEn = key(place.nameEn());
        }

        /** 0 the whole name, 1 its start, 2 inside it, {@link #NO_MATCH} not at all. */
        int quality(String name, String query) {
            if (name.equals(query)) {
                return 0;
            }
            if (name.startsWith(query)) {
                return 1;
            }
            return name.contains(query) ? 2 : NO_MATCH;
        }
    }
}
