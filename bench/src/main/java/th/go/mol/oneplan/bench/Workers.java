package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic informal workers, the same for the same seed: spread over the chosen provinces in proportion to their
 * number of subdistricts (a plausible stand-in for population: a tambon is a few thousand people), each living in a
 * random real subdistrict of the province and registered at the province's tambon centre of that district, or its
 * first centre. National ids are valid and unique within a run.
 */
final class Workers {
    static final String[] COLUMNS = {"nationalId", "title", "firstName", "lastName", "dateOfBirth", "houseNumber",
            "villageNumber", "subdistrictCode", "occupation", "education", "phone", "problems", "needs", "lawfulBasis",
            "consentedOn", "purpose", "registeredOn"};
    private static final String[] TITLES = {"MR", "MRS", "MISS", "นาย", "นาง"};
    private static final String[] FIRST = {"สมศรี", "สมชาย", "มาลี", "ประเสริฐ", "บุญมี", "วันดี", "สุดา", "ชัยวัฒน์",
            "อำไพ", "ทองใบ", "จันทร์เพ็ญ", "สมบัติ"};
    private static final String[] LAST = {"ใจดี", "รักงาน", "มีสุข", "ทองคำ", "ศรีสวัสดิ์", "แก้วมณี", "บุญเรือง",
            "สายทอง", "พรหมมา"};
    private static final String[] OCCUPATIONS = {"CROP_FARMING", "RUBBER_OIL_PALM", "LIVESTOCK", "FISHERY",
            "OTOP_COMMUNITY_PRODUCT", "HOME_BASED_WORK", "SERVICES", "TRADE"};
    private static final String[] EDUCATION = {"NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "VOCATIONAL_CERTIFICATE", "BACHELOR"};
    private static final String[] PROBLEMS = {"LOW_INCOME", "IRREGULAR_WORK", "DEBT", "LACK_OF_CAPITAL", "NO_MARKET"};
    private static final String[] NEEDS = {"SOCIAL_SECURITY", "SAVINGS", "SKILLS_TRAINING", "JOB_PLACEMENT"};

    /** A worker's data, one CSV row's worth; {@code centreId} is where the worker registers. */
    record Worker(int provinceCode, String centreId, String[] row) {
    }

    private Workers() {
    }

    /** The province's tambon centres: one in each of its first (up to) ten districts, at the drive's pilot sites. */
    static List<Integer> centreSites(Geography.Province province) {
        return province.spread(Math.min(10, province.districts()));
    }

    static String centreId(int subdistrict, int fiscalYear) {
        return "centre-" + subdistrict + "-" + fiscalYear;
    }

    /** How many of {@code count} workers live in each province: in proportion to its subdistricts. */
    static int[] shares(List<Geography.Province> provinces, long count) {
        long weightSum = provinces.stream().mapToLong(p -> p.subdistricts().size()).sum();
        int[] shares = new int[provinces.size()];
        long assigned = 0;
        for (int p = 0; p < provinces.size(); p++) {
            long share = p == provinces.size() - 1 ? count - assigned
                    : Math.round((double) count * provinces.get(p).subdistricts().size() / weightSum);
            shares[p] = (int) Math.min(share, count - assigned);
            assigned += shares[p];
        }
        return shares;
    }

    /**
     * {@code count} workers of one province, numbered from {@code first} (the numbers make their national ids, so
     * two sets with separate ranges never share a person).
     */
    static List<Worker> ofProvince(Geography.Province province, int count, long first, long seed, int fiscalYear) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + first);
        List<Integer> centres = centreSites(province);
        List<Worker> workers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int subdistrict = province.subdistricts().get(random.nextInt(province.subdistricts().size()));
            int district = subdistrict / 100;
            int centre = centres.stream().filter(c -> c / 100 == district).findFirst().orElse(centres.get(0));
            workers.add(new Worker(province.code(), centreId(centre, fiscalYear),
                    row(first + i, subdistrict, random, fiscalYear)));
        }
        return workers;
    }

    /** {@code count} workers over the provinces (see {@link #shares}), numbered from {@code first}. */
    static List<Worker> generate(List<Geography.Province> provinces, int count, long first, long seed, int fiscalYear) {
        int[] shares = shares(provinces, count);
        List<Worker> workers = new ArrayList<>(count);
        long number = first;
        for (int p = 0; p < provinces.size(); p++) {
            workers.addAll(ofProvince(provinces.get(p), shares[p], number, seed, fiscalYear));
            number += shares[p];
        }
        return workers;
    }

    private static String[] row(long number, int subdistrict, SplittableRandom random, int fiscalYear) {
        int ce = fiscalYear - 543;
        boolean consent = random.nextInt(10) < 8;
        return new String[]{
                nationalId(number),
                TITLES[random.nextInt(TITLES.length)],
                FIRST[random.nextInt(FIRST.length)],
                LAST[random.nextInt(LAST.length)],
                (1950 + random.nextInt(50)) + "-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28)),
                (1 + random.nextInt(300)) + (random.nextBoolean() ? "" : "/" + (1 + random.nextInt(9))),
                String.valueOf(1 + random.nextInt(15)),
                String.valueOf(subdistrict),
                OCCUPATIONS[random.nextInt(OCCUPATIONS.length)],
                EDUCATION[random.nextInt(EDUCATION.length)],
                random.nextInt(4) == 0 ? "" : "08%d-%03d-%04d".formatted(1 + random.nextInt(9), random.nextInt(1000),
                        random.nextInt(10_000)),
                PROBLEMS[random.nextInt(PROBLEMS.length)] + ";" + PROBLEMS[random.nextInt(PROBLEMS.length)],
                NEEDS[random.nextInt(NEEDS.length)],
                consent ? "CONSENT" : "PUBLIC_TASK",
                consent ? ce + "-02-01" : "",
                consent ? "ทะเบียนแรงงานนอกระบบ, เพื่อการส่งเสริมอาชีพและหลักประกันทางสังคม" : "",
                ce + "-02-" + "%02d".formatted(3 + random.nextInt(20))};
    }

    /** A valid national id: 3, eleven digits of the number, the check digit (weights 13 down to 2). */
    static String nationalId(long number) {
        String twelve = "3" + String.format("%011d", number % 100_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return twelve + (11 - sum % 11) % 10;
    }

    /** A survey file (docs/import.md) of the workers: the header, then a row each. */
    static byte[] csv(List<Worker> workers) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (Worker worker : workers) {
                printer.printRecord((Object[]) worker.row());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body of {@code POST /api/tambon-centres/{centreId}/workers} for the worker. */
    static ObjectNode registration(Worker worker) {
        String[] r = worker.row();
        ObjectNode body = Api.JSON.createObjectNode().put("nationalId", r[0]).put("title", title(r[1]))
                .put("firstName", r[2]).put("lastName", r[3]).put("dateOfBirth", r[4]);
        body.putObject("address").put("houseNumber", r[5]).put("villageNumber", Integer.parseInt(r[6]))
                .put("subdistrictCode", Integer.parseInt(r[7]));
        body.put("occupation", r[8]).put("education", r[9]);
        if (!r[10].isEmpty()) {
            body.put("phone", r[10]);
        }
        body.putArray("problems").add(r[11].split(";")[0]);
        body.putArray("needs").add(r[12]);
        ObjectNode basis = body.putObject("lawfulBasis").put("basis", r[13]);
        if (r[13].equals("CONSENT")) {
            basis.put("consentedOn", r[14]).put("purpose", r[15]);
        }
        body.put("registeredOn", r[16]);
        return body;
    }

    private static String title(String typed) {
        return switch (typed) {
            case "นาย" -> "MR";
            case "นาง" -> "MRS";
            default -> typed;
        };
    }
}
