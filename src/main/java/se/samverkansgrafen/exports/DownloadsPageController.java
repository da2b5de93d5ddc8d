package se.samverkansgrafen.exports;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.PageController;

/** The page listing every download: dumps, the dataset description, the network, the CSV tables, Popolo. */
@PageController
class DownloadsPageController {

    private final CoveredDates dates;

    DownloadsPageController(CoveredDates dates) {
        this.dates = dates;
    }

    @GetMapping("/ladda-ner")
    String downloads(@RequestParam(required = false) String at, Model model) {
        model.addAttribute("at", dates.atOrLatest(at));
        return "downloads";
    }
}
