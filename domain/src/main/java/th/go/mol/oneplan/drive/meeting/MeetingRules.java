package th.go.mol.oneplan.drive.meeting;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** The rules of meetings: numbered like 1/2562, each number recorded once per body, chaired by someone named. */
public final class MeetingRules {
    private static final Pattern MEETING_NUMBER = Pattern.compile("\\d{1,3}/\\d{4}");
    /** The limits the HTTP API also states. */
    public static final int CHAIR_MAX = 200;
    public static final int ATTENDEES_MAX = 500;
    public static final int ATTENDEE_MAX = 300;
    public static final int RESOLUTIONS_MAX = 100;
    public static final int RESOLUTION_MAX = 4000;

    private MeetingRules() {
    }

    public static void check(MeetingRecorded meeting, RuleContext c) {
        String number = meetingNumber(meeting.meetingNumber());
        Require.present(meeting.meetingType(), "meetingType");
        if (!meetings(c.earlier(), number, meeting.meetingType()).isEmpty()) {
            throw new RuleViolation("meeting-already-recorded", meeting.meetingType() + " meeting " + number
                    + " is already recorded");
        }
        c.date(meeting.businessDate(), meeting.lateRecord(), "meetingDate");
        Require.text(meeting.chair(), c.field("chair"), CHAIR_MAX);
        Require.texts(meeting.attendees(), "attendees", ATTENDEES_MAX, ATTENDEE_MAX);
        Require.texts(meeting.resolutions(), "resolutions", RESOLUTIONS_MAX, RESOLUTION_MAX);
    }

    /** A meeting number as the body numbers it in the BE year, like 1/2562 (Thai digits allowed). */
    public static String meetingNumber(String text) {
        String number = ThaiDates.arabicDigits(Require.text(text, "meetingNumber"));
        if (!MEETING_NUMBER.matcher(number).matches()) {
            throw new InvalidValue("meetingNumber", "meeting-number-format",
                    "a meeting number is its number in the BE year, like 1/2562; got '" + text + "'");
        }
        return number;
    }

    /** The meetings recorded under a number, of one type or (type null) of any: each body numbers its own. */
    public static List<MeetingRecorded> meetings(DriveHistory history, String number, MeetingType type) {
        return history.actsOf(MeetingRecorded.class).stream()
                .filter(m -> m.meetingNumber().equals(number) && (type == null || m.meetingType() == type))
                .toList();
    }

    /** The one meeting recorded under the number (of the type, if given). */
    public static MeetingRecorded recordedMeeting(DriveHistory history, String meetingNumber, MeetingType type) {
        String number = meetingNumber(meetingNumber);
        List<MeetingRecorded> found = meetings(history, number, type);
        if (found.isEmpty()) {
            throw new RuleViolation("meeting-not-recorded", "meeting " + number + " is not recorded for this drive:"
                    + " record the meeting first");
        }
        if (found.size() > 1) {
            throw new RuleViolation("meeting-number-ambiguous", "more than one body held a meeting " + number
                    + ": say which with meetingType");
        }
        return found.get(0);
    }
}
