package se.samverkansgrafen.groups;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/** Groups: the list, and one group's structure, members on a date, meetings and decisions. */
@RestController
@RequestMapping("/api/groups")
class GroupController {

    private final GroupViews groups;

    GroupController(GroupViews groups) {
        this.groups = groups;
    }

    @GetMapping
    List<GroupSummary> groups() {
        return groups.groups();
    }

    /**
     * The group on a date (default: the latest date the minutes cover): formal members
     * (stated memberships) apart from participants (attendance at its latest meeting on or before the date).
     */
    @GetMapping("/{id}")
    GroupView group(@Parameter(description = "The group's id", example = "orebro-chefsgrupp-svvo") @PathVariable String id,
            @Parameter(description = "Date (YYYY-MM-DD); default: the latest date the minutes cover", example = "2023-03-01")
            @RequestParam(required = false) String at) {
        return groups.group(id, at);
    }
}
