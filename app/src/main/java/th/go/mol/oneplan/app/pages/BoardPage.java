package th.go.mol.oneplan.app.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.query.QueryParameters;

import java.time.LocalDate;
import java.util.List;

/** The national board of a fiscal year: {@code /} (this fiscal year) and {@code /board?fiscalYear=2562}. */
@Controller
@WithPages
public class BoardPage {
    private final NationalBoard board;
    private final ProvinceMap map;
    private final PageText text;

    public BoardPage(NationalBoard board, ProvinceMap map, PageText text) {
        this.board = board;
        this.map = map;
        this.text = text;
    }

    @GetMapping({"/", "/board"})
    public String board(@RequestParam(required = false) String fiscalYear,
                        @RequestParam(required = false) String region,
                        @RequestParam(required = false) String level,
                        @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String dir, Model model) {
        int year = fiscalYear == null || fiscalYear.isBlank()
                ? FiscalYear.containing(LocalDate.now(BusinessCalendar.THAILAND)).beYear()
                : QueryParameters.fiscalYear(fiscalYear).beYear();
        BoardView view = BoardView.of(region, level, sort, dir);
        NationalBoard.Board national = board.of(year);
        List<BoardRow> rows = view.apply(national.rows());
        model.addAttribute("fiscalYear", year);
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        model.addAttribute("all", national.rows());
        model.addAttribute("map", BoardMap.of(map, national.rows(), rows, text));
        model.addAttribute("complianceUnknown", national.complianceUnknownBecause());
        model.addAttribute("regions", Region.values());
        model.addAttribute("drives", national.rows().stream().filter(BoardRow::hasDrive).count());
        return "pages/board";
    }
}
