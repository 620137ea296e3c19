package org.kefu.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation tree, as far as the caller may see it. */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation", description = "Head office, branches, sub-branches and departments")
class OrgUnitsApi {

    private final OrgUnits orgUnits;
    private final CurrentActor actor;

    OrgUnitsApi(OrgUnits orgUnits, CurrentActor actor) {
        this.orgUnits = orgUnits;
        this.actor = actor;
    }

    record UnitView(String code, OrgUnitType type, String parentCode, String nameZh, String nameEn, int depth,
                    int version) {
    }

    record NewUnit(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}") String code, @NotNull OrgUnitType type,
                   @NotBlank String parentCode, @NotBlank @Size(max = 100) String nameZh,
                   @NotBlank @Size(max = 100) String nameEn) {
    }

    record Move(@NotBlank String parentCode, @NotNull Integer version) {
    }

    @GetMapping
    @Operation(summary = "Units the caller may see, in tree order")
    List<UnitView> list() {
        return orgUnits.visibleUnits(actor.get().scope()).stream().map(this::view).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit; 404 when it is outside the caller's scope")
    UnitView one(@PathVariable String code) {
        return view(orgUnits.visible(code, actor.get().scope()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a unit under a parent the caller may see")
    UnitView create(@Valid @RequestBody NewUnit unit) {
        orgUnits.visible(unit.parentCode(), actor.get().scope());
        return view(orgUnits.create(unit.code(), unit.type(), unit.parentCode(), unit.nameZh().strip(),
                unit.nameEn().strip()));
    }

    @PostMapping("/{code}/move")
    @Operation(summary = "Re-parent a unit with its whole subtree")
    UnitView move(@PathVariable String code, @Valid @RequestBody Move move) {
        orgUnits.visible(code, actor.get().scope());
        orgUnits.visible(move.parentCode(), actor.get().scope());
        return view(orgUnits.move(code, move.parentCode(), move.version()));
    }

    private UnitView view(OrgUnit unit) {
        String parent = orgUnits.tree().byId(unit.parentId()).map(OrgUnit::code).orElse(null);
        return new UnitView(unit.code(), unit.type(), parent, unit.nameZh(), unit.nameEn(), unit.depth(),
                unit.version());
    }
}
