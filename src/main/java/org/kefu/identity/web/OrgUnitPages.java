package org.kefu.identity.web;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.Users;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.DataScope;
import org.kefu.shared.PageQuery;
import org.kefu.shared.SortOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import java.util.Set;

/** The organisation as staff see it: their part of the tree, and who works in each unit. */
@Controller
class OrgUnitPages {

    private final OrgUnits orgUnits;
    private final Users users;
    private final CurrentActor actor;

    OrgUnitPages(OrgUnits orgUnits, Users users, CurrentActor actor) {
        this.orgUnits = orgUnits;
        this.users = users;
        this.actor = actor;
    }

    @GetMapping("/org-units")
    String tree(Model model) {
        model.addAttribute("units", orgUnits.visibleUnits(actor.get().scope()));
        return "identity/org-units";
    }

    @GetMapping("/org-units/{code}")
    String unit(@PathVariable String code, Model model) {
        OrgUnit unit = orgUnits.visible(code, actor.get().scope());
        model.addAttribute("unit", unit);
        model.addAttribute("parent", orgUnits.tree().byId(unit.parentId()).orElse(null));
        model.addAttribute("staff", users.list(DataScope.of(Set.of(unit.id())), "",
                PageQuery.first(200, SortOrder.asc("username"))).items());
        return "identity/org-unit";
    }
}
