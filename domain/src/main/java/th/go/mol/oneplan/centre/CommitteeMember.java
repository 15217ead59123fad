package th.go.mol.oneplan.centre;

/**
 * A person on a tambon centre's committee (คณะกรรมการบริหารศูนย์ฯ), with the role they hold and who they also are:
 * a tambon labour volunteer (อาสาสมัครแรงงาน, อสร.) and/or the representative of the local government
 * (ผู้แทนองค์กรปกครองส่วนท้องถิ่น, อปท.). {@code organisation} is the group or office the member comes from
 * (an OTOP group, "อบต.ท่าชนะ"); a local-government representative names their local government there.
 */
public record CommitteeMember(String name, CommitteeRole role, boolean labourVolunteer,
                              boolean localGovernmentRepresentative, String organisation) {
}
