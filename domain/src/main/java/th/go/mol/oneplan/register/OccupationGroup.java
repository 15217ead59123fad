package th.go.mol.oneplan.register;

/** The occupation group of an informal worker (กลุ่มอาชีพ), as the centres' survey and the statistics group them. */
public enum OccupationGroup {
    /** ทำนา ทำไร่ ทำสวน. */
    CROP_FARMING,
    /** สวนยางพารา ปาล์มน้ำมัน. */
    RUBBER_OIL_PALM,
    /** เลี้ยงสัตว์. */
    LIVESTOCK,
    /** ประมง. */
    FISHERY,
    /** สินค้า OTOP / ผลิตภัณฑ์ชุมชน. */
    OTOP_COMMUNITY_PRODUCT,
    /** ผู้รับงานไปทำที่บ้าน. */
    HOME_BASED_WORK,
    /** บริการ (e.g. motorcycle taxi, massage, domestic work). */
    SERVICES,
    /** ค้าขาย. */
    TRADE,
    OTHER
}
