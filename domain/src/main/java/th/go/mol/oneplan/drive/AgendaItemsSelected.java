package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;
import java.util.List;

/** The province chose A1 agenda items (1 to 13) to drive, at the meeting named. */
public record AgendaItemsSelected(String driveId, String eventId, List<Integer> items, String meetingNumber,
                                  LocalDate businessDate, boolean lateRecord, Recording recording)
        implements RecordedAct {
    public AgendaItemsSelected {
        items = List.copyOf(items);
    }

    /** A1 agenda items are numbered 1 to 13; item 13 is the informal-worker network. */
    public static final int LAST_ITEM = 13;

    @Override
    public String documentReference() {
        return "meeting " + meetingNumber;
    }

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        if (c.field().equals("businessDate")) {
            return new AgendaItemsSelected(driveId, eventId, items, meetingNumber, c.dateValue(), lateRecord, recording);
        }
        throw c.notCorrectableOn("AgendaItemsSelected", "businessDate");
    }
}
