package th.go.mol.oneplan.app.workerimport;

import java.util.StringJoiner;

/** Survey files for tests: the header, rows of generated workers with valid national ids, and bad rows. */
public final class SurveyFiles {
    public static final String HEADER = "nationalId,title,firstName,lastName,dateOfBirth,houseNumber,villageNumber,"
            + "subdistrictCode,occupation,education,phone,problems,needs,lawfulBasis,consentedOn,purpose,registeredOn";
    private static final String[] FIRST = {"สมศรี", "สมชาย", "มาลี", "ประเสริฐ", "บุญมี", "วันดี", "สุดา", "ชัยวัฒน์"};
    private static final String[] LAST = {"ใจดี", "รักงาน", "มีสุข", "ทองคำ", "ศรีสวัสดิ์", "แก้วมณี"};

    private SurveyFiles() {
    }

    /**
     * A valid national id made of {@code seed}: 12 digits starting with 3 (people registered before 1984 and
     * since), then the check digit (weights 13 down to 2, (11 - sum mod 11) mod 10; see NationalId).
     */
    public static String nationalId(long seed) {
        String twelve = "3" + String.format("%011d", seed % 100_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (13 - i);
        }
        return twelve + (11 - sum % 11) % 10;
    }

    /** A good row: a worker of {@code subdistrictCode}, consenting, with a purpose that holds a comma. */
    public static String row(long seed, int subdistrictCode) {
        StringJoiner row = new StringJoiner(",");
        int n = (int) (seed % 1000);
        row.add(nationalId(seed))
                .add(n % 2 == 0 ? "MRS" : "นาย")
                .add(FIRST[n % FIRST.length])
                .add(LAST[n % LAST.length])
                .add(n % 3 == 0 ? "12/04/25" + (10 + n % 30) : (1960 + n % 40) + "-04-12")
                .add(n % 5 + "/" + (1 + n % 7))
                .add(String.valueOf(1 + n % 12))
                .add(String.valueOf(subdistrictCode))
                .add(n % 2 == 0 ? "RUBBER_OIL_PALM" : "CROP_FARMING")
                .add("PRIMARY")
                .add(n % 4 == 0 ? "" : "081-234-" + String.format("%04d", n))
                .add("LOW_INCOME;DEBT")
                .add("SOCIAL_SECURITY")
                .add("CONSENT")
                .add("2020-02-01")
                .add("\"ทะเบียนแรงงานนอกระบบ, เพื่อการส่งเสริมอาชีพ\"")
                .add("2020-02-03");
        return row.toString();
    }
}
