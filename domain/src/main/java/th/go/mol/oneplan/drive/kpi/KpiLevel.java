package th.go.mol.oneplan.drive.kpi;

/**
 * The five success levels of KPI A2, "level of success in driving area policy in unity". A province is at
 * level N when levels 1 to N are all met, in order.
 */
public enum KpiLevel {
    /** จัดตั้งคณะทำงานในรูปแบบประชารัฐ: a working group appointed by signed order, covering all three sectors. */
    LEVEL_1(1, "A pracharat working group (government, private, people) appointed by a signed provincial order"),
    /** ประชุมและจัดทำ One Plan + Action Plan: the working group met and approved a One Plan. */
    LEVEL_2(2, "The working group met and approved a One Plan"),
    /** ดำเนินการตาม One Plan และ Action Plan: activities of the approved plan were carried out. */
    LEVEL_3(3, "Activities of the approved One Plan carried out in the field"),
    /** ติดตามและรายงานผล: progress followed up and reported. */
    LEVEL_4(4, "Progress followed up and reported to the ministry"),
    /** จัดทำสรุปผลการดำเนินงานบรรลุตาม One Goal: a summary of results against the One Goal submitted. */
    LEVEL_5(5, "A summary of results against the One Goal submitted");

    private final int number;
    private final String criterion;

    KpiLevel(int number, String criterion) {
        this.number = number;
        this.criterion = criterion;
    }

    public int number() {
        return number;
    }

    public String criterion() {
        return criterion;
    }

    public static KpiLevel of(int number) {
        return values()[number - 1];
    }
}
