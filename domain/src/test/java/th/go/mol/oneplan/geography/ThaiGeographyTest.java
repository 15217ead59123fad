package th.go.mol.oneplan.geography;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The official geography the drive validates codes against: 77 provinces, 928 districts, 7,436 subdistricts. */
class ThaiGeographyTest {
    private static final ThaiGeography GEOGRAPHY = ThaiGeography.load();

    @Test
    void thailand_has_77_provinces_76_and_bangkok() {
        assertThat(GEOGRAPHY.provinces()).hasSize(77);
        assertThat(GEOGRAPHY.province(10)).contains(new Province(10, "กรุงเทพมหานคร", "Bangkok"));
    }

    @Test
    void thailand_has_928_districts() {
        int districts = GEOGRAPHY.provinces().stream().mapToInt(p -> GEOGRAPHY.districtsOf(p.code()).size()).sum();

        assertThat(districts).isEqualTo(928);
    }

    @Test
    void trang_is_province_92_with_10_districts() {
        assertThat(GEOGRAPHY.province(92)).contains(new Province(92, "ตรัง", "Trang"));
        assertThat(GEOGRAPHY.districtsOf(92)).hasSize(10)
                .allSatisfy(d -> assertThat(d.provinceCode()).isEqualTo(92))
                .extracting(District::code)
                .containsExactly(9201, 9202, 9203, 9204, 9205, 9206, 9207, 9208, 9209, 9210);
    }

    @Test
    void surat_thani_is_province_84_with_19_districts_one_pilot_tambon_each() {
        assertThat(GEOGRAPHY.province(84)).contains(new Province(84, "สุราษฎร์ธานี", "Surat Thani"));
        assertThat(GEOGRAPHY.districtsOf(84)).hasSize(19);
    }

    @Test
    void knows_the_pilot_sites_of_the_trang_drive() {
        assertThat(GEOGRAPHY.subdistrict(920705))
                .contains(new Subdistrict(920705, 9207, 92, "วังมะปรางเหนือ", "Wang Maprang Nuea"));
        assertThat(GEOGRAPHY.subdistrict(920201)).contains(new Subdistrict(920201, 9202, 92, "กันตัง", "Kantang"));
        assertThat(GEOGRAPHY.subdistrict(920606)).contains(new Subdistrict(920606, 9206, 92, "บางกุ้ง", "Bang Kung"));
        assertThat(GEOGRAPHY.subdistrict(920501)).contains(new Subdistrict(920501, 9205, 92, "บ่อหิน", "Bo Hin"));
    }

    @Test
    void the_pilot_sites_lie_in_the_districts_named_in_the_source() {
        List<District> trang = GEOGRAPHY.districtsOf(92);

        assertThat(trang).contains(new District(9207, 92, "วังวิเศษ", "Wang Wiset"),
                new District(9202, 92, "กันตัง", "Kantang"), new District(9206, 92, "ห้วยยอด", "Huai Yot"),
                new District(9205, 92, "สิเกา", "Sikao"));
    }

    @Test
    void district_8419_is_named_vibhavadi_not_chai_buri_as_the_source_data_repeats() {
        District vibhavadi = GEOGRAPHY.districtsOf(84).stream().filter(d -> d.code() == 8419).findFirst().orElseThrow();
        District chaiBuri = GEOGRAPHY.districtsOf(84).stream().filter(d -> d.code() == 8418).findFirst().orElseThrow();

        assertThat(vibhavadi).isEqualTo(new District(8419, 84, "วิภาวดี", "Vibhavadi"));
        assertThat(chaiBuri.nameEn()).isEqualTo("Chai Buri");
    }

    @Test
    void codes_that_are_not_thai_are_unknown() {
        assertThat(GEOGRAPHY.province(99)).isEmpty();
        assertThat(GEOGRAPHY.province(0)).isEmpty();
        assertThat(GEOGRAPHY.subdistrict(920799)).isEmpty();
        assertThat(GEOGRAPHY.subdistrict(92)).isEmpty();
        assertThat(GEOGRAPHY.districtsOf(99)).isEmpty();
    }

    @Test
    void a_subdistrict_knows_its_district_and_province() {
        assertThat(GEOGRAPHY.subdistrict(100101)).hasValueSatisfying(s -> {
            assertThat(s.districtCode()).isEqualTo(1001);
            assertThat(s.provinceCode()).isEqualTo(10);
        });
        assertThat(GEOGRAPHY.subdistrict(840101)).hasValueSatisfying(s -> {
            assertThat(s.nameTh()).isEqualTo("ตลาด");
            assertThat(s.provinceCode()).isEqualTo(84);
        });
    }

    @Test
    void is_read_once_per_jvm() {
        assertThat(ThaiGeography.load()).isSameAs(GEOGRAPHY);
    }

    @Test
    void a_district_is_found_by_its_code_and_lists_its_subdistricts() {
        assertThat(GEOGRAPHY.district(9206)).contains(new District(9206, 92, "ห้วยยอด", "Huai Yot"));
        assertThat(GEOGRAPHY.district(9299)).isEmpty();
        assertThat(GEOGRAPHY.subdistrictsOf(9201)).hasSize(15)
                .allSatisfy(s -> assertThat(s.districtCode()).isEqualTo(9201))
                .extracting(Subdistrict::code).startsWith(920101).isSorted();
        assertThat(GEOGRAPHY.subdistrictsOf(9299)).isEmpty();
        assertThat(GEOGRAPHY.districts()).hasSize(928);
        assertThat(GEOGRAPHY.subdistricts()).hasSize(7436);
    }
}
