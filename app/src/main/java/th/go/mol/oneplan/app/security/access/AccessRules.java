package th.go.mol.oneplan.app.security.access;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.geography.Geography;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may do what: every access rule of the HTTP API, in the order they are tried (the first whose method and
 * path match decides). The filter chain asks these rules about every request; the one thing a path cannot tell,
 * the province of a drive being started (or of a pilot programme declared, a centre established), is checked
 * against the body by {@link StartDriveScope} with {@link #mayStartDriveOf} (and {@link CentreScope}).
 *
 * <p>A drive id names its province in its first two digits ({@code 92-2562}: Trang). An id that is malformed or
 * names no province is not a question of scope: the caller's role alone decides, and the endpoint then answers
 * 400 or 404 as it would for anyone. A refusal never says more about a drive than the request did.
 *
 * <p>Pilot programmes and tambon centres are scoped the same way, by their ids: a programme id names its province
 * ({@code pilot-84-2563}), a centre id over HTTP its subdistrict ({@code centre-840101-2563}, see
 * {@link CentreIds}), whose first two digits are the province.
 */
@Component
public class AccessRules implements AuthorizationManager<RequestAuthorizationContext> {
    private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST);
    private static final Set<HttpMethod> ANY = Set.of();
    private static final Pattern DRIVE_ID = Pattern.compile("(\\d{2})-\\d{4}");
    private static final Pattern PROGRAMME_ID = Pattern.compile("pilot-(\\d{2})-\\d{4}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    private final Geography geography;
    private final WorkerProvinces workerProvinces;

    /** The rules, first match wins. Read this list to know who may do what. */
    private final List<Rule> rules = List.of(
            // Public, no credentials needed: health for load balancers, the API description and its UI, and the
            // login (built-in mode), which checks the credentials it is sent itself.
            open(READ, "/actuator/health/**"),
            open(ANY, "/v3/api-docs/**"),
            open(ANY, "/swagger-ui/**"),
            open(ANY, "/swagger-ui.html"),
            open(WRITE, "/api/login"),

            // The rest of the operators' endpoints, the /actuator discovery page included: what the service
            // runs, its configuration and metrics are nobody else's business.
            rule(ANY, "/actuator/**", (caller, path) -> administer(caller)),

            // A built-in user told to change their password may do that and nothing else.
            rule(WRITE, "/api/me/password", (caller, path) -> GRANTED).evenBeforePasswordChange(),
            rule(ANY, "/api/me", (caller, path) -> GRANTED),

            // The drive: start it, record its acts, read it.
            rule(WRITE, "/api/drives", (caller, path) -> startSomeDrive(caller)),
            rule(WRITE, "/api/drives/{driveId}/inspections", (caller, path) -> recordInspection(caller)),
            rule(WRITE, "/api/drives/{driveId}/**", (caller, path) -> recordOnDrive(caller, path.get("driveId"))),
            rule(READ, "/api/drives", (caller, path) -> readNational(caller)),
            rule(READ, "/api/drives/{driveId}/**", (caller, path) -> readDrive(caller, path.get("driveId"))),
            rule(READ, "/api/kpi/rollup", (caller, path) -> readNational(caller)),
            rule(READ, "/api/budget/rollup", (caller, path) -> readNational(caller)),

            // The official geography (provinces, districts, subdistricts and their codes): public reference data,
            // read by anyone with a role, whatever their scope, to find the codes their requests must carry.
            rule(READ, "/api/geography/**", (caller, path) -> anyRole(caller)),

            // Pilot programmes and tambon centres: a provincial officer for their own province, centre staff on
            // their own centre's committee, ministry admins anything. The province of a programme being declared
            // or a centre being established is in the body (CentreScope).
            rule(WRITE, "/api/pilot-programmes", (caller, path) -> recordProgrammes(caller)),
            rule(WRITE, "/api/pilot-programmes/{programmeId}/**",
                    (caller, path) -> recordOnProgramme(caller, path.get("programmeId"))),
            // The register of informal workers: provincial officers of the centre's (the worker's) province and
            // ministry admins record; the same and inspectors read, masked (unmasked: UnmaskedReads). A worker's
            // id names no province: its own event stream tells (WorkerProvinces).
            rule(WRITE, "/api/tambon-centres/{centreId}/workers",
                    (caller, path) -> recordOnCentre(caller, path.get("centreId"))),
            rule(READ, "/api/tambon-centres/{centreId}/workers",
                    (caller, path) -> readWorkersOfCentre(caller, path.get("centreId"))),
            rule(WRITE, "/api/workers/{workerId}/**", (caller, path) -> recordOnWorker(caller, path.get("workerId"))),
            rule(READ, "/api/workers/{workerId}", (caller, path) -> readWorker(caller, path.get("workerId"))),
            rule(READ, "/api/workers/{workerId}/**", (caller, path) -> readWorker(caller, path.get("workerId"))),

            rule(WRITE, "/api/tambon-centres", (caller, path) -> recordCentres(caller)),
            rule(WRITE, "/api/tambon-centres/{centreId}/committee/**",
                    (caller, path) -> recordOnCommittee(caller, path.get("centreId"))),
            // The committee's own work: its plans (and the funders' answers to them), follow-ups, grievances.
            // Yearly evaluations and mentors are the province's, by the rule after these.
            rule(WRITE, "/api/tambon-centres/{centreId}/quality-of-life-plans/**",
                    (caller, path) -> recordOnCommittee(caller, path.get("centreId"))),
            rule(WRITE, "/api/tambon-centres/{centreId}/follow-ups",
                    (caller, path) -> recordOnCommittee(caller, path.get("centreId"))),
            rule(WRITE, "/api/tambon-centres/{centreId}/grievances/**",
                    (caller, path) -> recordOnCommittee(caller, path.get("centreId"))),
            rule(WRITE, "/api/tambon-centres/{centreId}/**",
                    (caller, path) -> recordOnCentre(caller, path.get("centreId"))),
            // Their reads: as a drive's, and centre staff too: their province's programme and centres, their own
            // centre. The list names its province in the query (provinceCode).
            rule(READ, "/api/pilot-programmes/{programmeId}",
                    (caller, path) -> readProgramme(caller, path.get("programmeId"))),
            rule(READ, "/api/tambon-centres",
                    (caller, path) -> readCentresOf(caller, path.get("provinceCode"))).withQuery("provinceCode"),
            rule(READ, "/api/tambon-centres/{centreId}", (caller, path) -> readCentre(caller, path.get("centreId"))),
            // A centre's work (plans, follow-ups, evaluations, grievances, progress) reads as the centre; a pilot
            // programme's targets as the programme.
            rule(READ, "/api/tambon-centres/{centreId}/**",
                    (caller, path) -> readCentre(caller, path.get("centreId"))),
            rule(READ, "/api/pilot-programmes/{programmeId}/targets",
                    (caller, path) -> readProgramme(caller, path.get("programmeId"))),

            // The register's statistics: the national roll-up for inspectors and the ministry; an area's for its
            // province's officers and centre staff too. The area's code names its province in its first two digits.
            rule(READ, "/api/register/statistics", (caller, path) -> readAllProvinces(caller, "national statistics")),
            rule(READ, "/api/register/statistics/provinces/{code}",
                    (caller, path) -> readArea(caller, path.get("code"), 2)),
            rule(READ, "/api/register/statistics/districts/{code}",
                    (caller, path) -> readArea(caller, path.get("code"), 4)),
            rule(READ, "/api/register/statistics/subdistricts/{code}",
                    (caller, path) -> readArea(caller, path.get("code"), 6)),

            // A centre's survey imports (POST under /api/tambon-centres/{centreId}/**, above): read by the same
            // roles; the job's own centre narrows an officer to their province (WorkerImportController).
            rule(READ, "/api/worker-imports/**", (caller, path) -> recordCentres(caller)),

            // The reporting calendar: the ministry declares a year's rules; anyone with a role reads them and the
            // national views of overdue reports and compliance (a drive's own calendar is a drive read, above).
            rule(WRITE, "/api/fiscal-years/{fiscalYear}/reporting-rules",
                    (caller, path) -> roleIn(caller, "declaring reporting rules", Role.MINISTRY_ADMIN)),
            rule(READ, "/api/fiscal-years/{fiscalYear}/reporting-rules", (caller, path) -> readNational(caller)),
            rule(READ, "/api/reporting/**", (caller, path) -> readNational(caller)),

            // Operators: users, the personal-data access audit, projections (replays and rebuilds).
            rule(ANY, "/api/admin/**", (caller, path) -> administer(caller)),

            // Anything else (an unknown path, another method): any caller with a role, who then gets 404 or 405.
            rule(ANY, "/**", (caller, path) -> anyRole(caller)));

    public AccessRules(WorkerProvinces workerProvinces, Geography geography) {
        this.geography = geography;
        this.workerProvinces = workerProvinces;
    }

    @Override
    public AuthorizationDecision authorize(Supplier<Authentication> authentication,
                                           RequestAuthorizationContext context) {
        for (Rule rule : rules) {
            RequestMatcher.MatchResult match = rule.matches(context);
            if (!match.isMatch()) {
                continue;
            }
            if (rule.isPublic()) {
                return GRANTED;
            }
            Optional<Caller> caller = Caller.of(authentication.get());
            if (caller.isEmpty()) {
                // Anonymous: the filter chain answers 401 with a challenge.
                return new AuthorizationDecision(false);
            }
            if (caller.get().mustChangePassword() && !rule.allowedBeforePasswordChange()) {
                return new Refusal(Refusal.PASSWORD_CHANGE_REQUIRED,
                        "you must change your password first: POST /api/me/password {\"currentPassword\",\"newPassword\"}");
            }
            return rule.decision().decide(caller.get(), match.getVariables());
        }
        return new AuthorizationDecision(false);
    }

    /** Spring Security 6.5 calls {@link #authorize}; this older entry point only has to be there. */
    @Override
    @Deprecated
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return authorize(authentication, context);
    }

    /** Starting a drive: a provincial officer, for their own province (the body's provinceCode). */
    public AuthorizationDecision mayStartDriveOf(Caller caller, int provinceCode) {
        AuthorizationDecision role = startSomeDrive(caller);
        if (!role.isGranted() || !isProvince(provinceCode) || caller.isOfficerOf(provinceCode)) {
            return role;
        }
        return new Refusal(Refusal.OUTSIDE_SCOPE,
                "starting a drive of province " + provinceCode + " is outside your scope: " + caller.scopeDescription());
    }

    /** Declaring a pilot programme: a provincial officer of its province (the body's provinceCode), or an admin. */
    public AuthorizationDecision mayDeclareProgrammeOf(Caller caller, int provinceCode) {
        return inProvince(recordProgrammes(caller), caller, provinceCode, "pilot programmes");
    }

    /** Establishing a centre: a provincial officer of the subdistrict's province (the body's), or an admin. */
    public AuthorizationDecision mayEstablishCentreIn(Caller caller, int subdistrictCode) {
        return inProvince(recordCentres(caller), caller, subdistrictCode / 10_000, "tambon centres");
    }

    /** Recording on a centre (an import of its survey): a provincial officer of its province, or an admin. */
    public AuthorizationDecision mayRecordOnCentre(Caller caller, String centreId) {
        return recordOnCentre(caller, centreId);
    }

    /** Reading a drive, as {@code GET /api/drives/{driveId}/**} (the pages of a drive ask the same). */
    public AuthorizationDecision mayReadDrive(Caller caller, String driveId) {
        return readDrive(caller, driveId);
    }

    /** Reading what spans every province's drives, as {@code GET /api/drives} (the national board asks the same). */
    public AuthorizationDecision mayReadNational(Caller caller) {
        return readNational(caller);
    }

    /**
     * Reading the register's statistics, as {@code GET /api/register/statistics/...}: of the nation (code null), or
     * of the province, district or subdistrict the code of 2, 4 or 6 digits names. Any other code names no area: it
     * is then the page's 400 or 404, so only the role is asked here (as for a malformed code over the API).
     */
    public AuthorizationDecision mayReadStatistics(Caller caller, String code) {
        if (code == null) {
            return readAllProvinces(caller, "national statistics");
        }
        int digits = code.strip().length();
        return digits == 2 || digits == 4 || digits == 6 ? readArea(caller, code, digits) : readCentres(caller);
    }

    /** Reading unmasked personal data (with a reason, which is recorded): inspectors only. */
    public AuthorizationDecision mayReadUnmaskedPersonalData(Caller caller) {
        return roleIn(caller, "reading unmasked personal data", Role.INSPECTOR);
    }

    private AuthorizationDecision startSomeDrive(Caller caller) {
        return roleIn(caller, "starting a drive", Role.PROVINCIAL_OFFICER);
    }

    private AuthorizationDecision recordInspection(Caller caller) {
        return roleIn(caller, "recording an inspection", Role.INSPECTOR);
    }

    private AuthorizationDecision recordOnDrive(Caller caller, String driveId) {
        AuthorizationDecision role = roleIn(caller, "recording on a drive", Role.PROVINCIAL_OFFICER);
        if (!role.isGranted()) {
            return role;
        }
        return provinceOf(driveId).filter(p -> !caller.isOfficerOf(p))
                .<AuthorizationDecision>map(p -> new Refusal(Refusal.OUTSIDE_SCOPE,
                        "drives of province " + p + " are outside your scope: " + caller.scopeDescription()))
                .orElse(GRANTED);
    }

    private static AuthorizationDecision recordProgrammes(Caller caller) {
        return roleIn(caller, "recording a pilot programme", Role.PROVINCIAL_OFFICER, Role.MINISTRY_ADMIN);
    }

    private static AuthorizationDecision recordCentres(Caller caller) {
        return roleIn(caller, "recording on a tambon centre", Role.PROVINCIAL_OFFICER, Role.MINISTRY_ADMIN);
    }

    private AuthorizationDecision recordOnProgramme(Caller caller, String programmeId) {
        Matcher m = programmeId == null ? null : PROGRAMME_ID.matcher(programmeId);
        AuthorizationDecision role = recordProgrammes(caller);
        return m == null || !m.matches() ? role
                : inProvince(role, caller, Integer.parseInt(m.group(1)), "pilot programmes");
    }

    private AuthorizationDecision recordOnCentre(Caller caller, String centreId) {
        AuthorizationDecision role = recordCentres(caller);
        return CentreIds.subdistrictOf(centreId).map(s -> inProvince(role, caller, s / 10_000, "tambon centres"))
                .orElse(role);
    }

    /**
     * A centre's committee and its work: as any centre record, and also the staff of that very centre's
     * subdistrict.
     */
    private AuthorizationDecision recordOnCommittee(Caller caller, String centreId) {
        if (!caller.is(Role.CENTRE_STAFF)) {
            return recordOnCentre(caller, centreId);
        }
        return CentreIds.subdistrictOf(centreId).filter(s -> !s.equals(caller.subdistrictCode()))
                .<AuthorizationDecision>map(s -> new Refusal(Refusal.OUTSIDE_SCOPE, "the centres of subdistrict " + s
                        + " are outside your scope: " + caller.scopeDescription()))
                .orElse(GRANTED);
    }

    /**
     * A decision by role, narrowed for a provincial officer to their own province: a province code that names no
     * province is left to the endpoint (400 or 404 for anyone).
     */
    private AuthorizationDecision inProvince(AuthorizationDecision role, Caller caller, int provinceCode,
                                             String what) {
        if (!role.isGranted() || !caller.is(Role.PROVINCIAL_OFFICER) || !isProvince(provinceCode)
                || caller.isOfficerOf(provinceCode)) {
            return role;
        }
        return new Refusal(Refusal.OUTSIDE_SCOPE, what + " of province " + provinceCode + " are outside your scope: "
                + caller.scopeDescription());
    }

    private static AuthorizationDecision readCentres(Caller caller) {
        return roleIn(caller, "reading tambon centres", Role.PROVINCIAL_OFFICER, Role.CENTRE_STAFF, Role.INSPECTOR,
                Role.MINISTRY_ADMIN);
    }

    private AuthorizationDecision readProgramme(Caller caller, String programmeId) {
        Matcher m = programmeId == null ? null : PROGRAMME_ID.matcher(programmeId);
        return m == null || !m.matches() ? readCentres(caller)
                : readInProvince(caller, Integer.parseInt(m.group(1)), "pilot programmes");
    }

    /** The list's province is its query's provinceCode: a missing or malformed one is the endpoint's 400. */
    private AuthorizationDecision readCentresOf(Caller caller, String provinceCode) {
        if (provinceCode == null || !TWO_DIGITS.matcher(provinceCode.strip()).matches()) {
            return readCentres(caller);
        }
        return readInProvince(caller, Integer.parseInt(provinceCode.strip()), "tambon centres");
    }

    /** A centre: as its province's, except that centre staff read only their own subdistrict's centre. */
    private AuthorizationDecision readCentre(Caller caller, String centreId) {
        Optional<Integer> subdistrict = CentreIds.subdistrictOf(centreId);
        if (subdistrict.isEmpty()) {
            return readCentres(caller);
        }
        if (caller.is(Role.CENTRE_STAFF) && !subdistrict.get().equals(caller.subdistrictCode())) {
            return new Refusal(Refusal.OUTSIDE_SCOPE, "the centres of subdistrict " + subdistrict.get()
                    + " are outside your scope: " + caller.scopeDescription());
        }
        return readInProvince(caller, subdistrict.get() / 10_000, "tambon centres");
    }

    /** Officers and centre staff read within their own province; inspectors and the ministry everywhere. */
    private AuthorizationDecision readInProvince(Caller caller, int provinceCode, String what) {
        AuthorizationDecision role = readCentres(caller);
        boolean scoped = caller.is(Role.PROVINCIAL_OFFICER) || caller.is(Role.CENTRE_STAFF);
        // Centre staff's province is their subdistrict's (a JWT may carry only the subdistrict).
        Integer own = caller.provinceCode() != null || caller.subdistrictCode() == null ? caller.provinceCode()
                : Integer.valueOf(caller.subdistrictCode() / 10_000);
        if (!role.isGranted() || !scoped || !isProvince(provinceCode) || Integer.valueOf(provinceCode).equals(own)) {
            return role;
        }
        return new Refusal(Refusal.OUTSIDE_SCOPE, what + " of province " + provinceCode + " are outside your scope: "
                + caller.scopeDescription());
    }

    /** Recording on a registered worker: as on a centre of the worker's province now. */
    private AuthorizationDecision recordOnWorker(Caller caller, String workerId) {
        AuthorizationDecision role = recordCentres(caller);
        if (!role.isGranted() || !caller.is(Role.PROVINCIAL_OFFICER)) {
            return role;
        }
        return workerProvinces.of(workerId).map(p -> inProvince(role, caller, p, "registered workers"))
                .orElse(role);
    }

    private static AuthorizationDecision readWorkers(Caller caller) {
        return roleIn(caller, "reading the register of workers", Role.PROVINCIAL_OFFICER, Role.INSPECTOR,
                Role.MINISTRY_ADMIN);
    }

    /** A centre's register: officers of its province, inspectors, the ministry. */
    private AuthorizationDecision readWorkersOfCentre(Caller caller, String centreId) {
        AuthorizationDecision role = readWorkers(caller);
        return CentreIds.subdistrictOf(centreId).map(s -> inProvince(role, caller, s / 10_000, "registered workers"))
                .orElse(role);
    }

    /** A registered worker: officers of the worker's province now, inspectors, the ministry. */
    private AuthorizationDecision readWorker(Caller caller, String workerId) {
        AuthorizationDecision role = readWorkers(caller);
        if (!role.isGranted() || !caller.is(Role.PROVINCIAL_OFFICER)) {
            return role;
        }
        return workerProvinces.of(workerId).map(p -> inProvince(role, caller, p, "registered workers"))
                .orElse(role);
    }

    /** What spans every province: inspectors and the ministry. */
    private static AuthorizationDecision readAllProvinces(Caller caller, String what) {
        return roleIn(caller, "reading " + what, Role.INSPECTOR, Role.MINISTRY_ADMIN);
    }

    /**
     * An area's statistics: as its province's centres. A code that is not of the level's length is the endpoint's
     * 400, for anyone.
     */
    private AuthorizationDecision readArea(Caller caller, String code, int digits) {
        if (code == null || !code.strip().matches("\\d{" + digits + "}")) {
            return readCentres(caller);
        }
        int province = Integer.parseInt(code.strip().substring(0, 2));
        return readInProvince(caller, province, "statistics");
    }

    private AuthorizationDecision readDrive(Caller caller, String driveId) {
        AuthorizationDecision role = roleIn(caller, "reading a drive",
                Role.PROVINCIAL_OFFICER, Role.INSPECTOR, Role.MINISTRY_ADMIN);
        if (!role.isGranted() || !caller.is(Role.PROVINCIAL_OFFICER)) {
            return role;
        }
        return provinceOf(driveId).filter(p -> !caller.isOfficerOf(p))
                .<AuthorizationDecision>map(p -> new Refusal(Refusal.OUTSIDE_SCOPE,
                        "drives of province " + p + " are outside your scope: " + caller.scopeDescription()))
                .orElse(GRANTED);
    }

    private static AuthorizationDecision readNational(Caller caller) {
        return anyRole(caller);
    }

    private static AuthorizationDecision administer(Caller caller) {
        return roleIn(caller, "administration", Role.MINISTRY_ADMIN);
    }

    private static AuthorizationDecision anyRole(Caller caller) {
        return caller.hasRole() ? GRANTED : new Refusal(Refusal.NO_ROLE,
                "you have no role in the ledger; ask the ministry to give you one");
    }

    private static AuthorizationDecision roleIn(Caller caller, String what, Role... allowed) {
        if (caller.role().isEmpty()) {
            return anyRole(caller);
        }
        for (Role role : allowed) {
            if (caller.is(role)) {
                return GRANTED;
            }
        }
        return new Refusal(Refusal.ROLE_NOT_ALLOWED, what + " is outside your scope: " + caller.scopeDescription());
    }

    /** The province a well-formed drive id names, if it is a real province; otherwise the endpoint refuses the id. */
    private Optional<Integer> provinceOf(String driveId) {
        Matcher m = driveId == null ? null : DRIVE_ID.matcher(driveId);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int province = Integer.parseInt(m.group(1));
        return isProvince(province) ? Optional.of(province) : Optional.empty();
    }

    private boolean isProvince(int code) {
        return geography.province(code).isPresent();
    }

    private static Rule rule(Set<HttpMethod> methods, String pattern, Decision decision) {
        return new Rule(methods, PathPatternRequestMatcher.withDefaults().matcher(pattern), decision, false, false,
                null);
    }

    private static Rule open(Set<HttpMethod> methods, String pattern) {
        return new Rule(methods, PathPatternRequestMatcher.withDefaults().matcher(pattern), (caller, path) -> GRANTED,
                true, false, null);
    }

    /** What a rule decides for an authenticated caller, given the path's variables. */
    @FunctionalInterface
    private interface Decision {
        AuthorizationDecision decide(Caller caller, Map<String, String> pathVariables);
    }

    /**
     * @param queryParameter a query parameter the decision also reads, handed to it with the path's variables
     */
    private record Rule(Set<HttpMethod> methods, RequestMatcher path, Decision decision, boolean isPublic,
                        boolean allowedBeforePasswordChange, String queryParameter) {
        Rule evenBeforePasswordChange() {
            return new Rule(methods, path, decision, isPublic, true, queryParameter);
        }

        Rule withQuery(String parameter) {
            return new Rule(methods, path, decision, isPublic, allowedBeforePasswordChange, parameter);
        }

        RequestMatcher.MatchResult matches(RequestAuthorizationContext context) {
            if (!methods.isEmpty() && !methods.contains(HttpMethod.valueOf(context.getRequest().getMethod()))) {
                return RequestMatcher.MatchResult.notMatch();
            }
            RequestMatcher.MatchResult match = path.matcher(context.getRequest());
            String value = queryParameter == null ? null : context.getRequest().getParameter(queryParameter);
            if (!match.isMatch() || value == null) {
                return match;
            }
            Map<String, String> variables = new HashMap<>(match.getVariables());
            variables.put(queryParameter, value);
            return RequestMatcher.MatchResult.match(variables);
        }
    }
}
