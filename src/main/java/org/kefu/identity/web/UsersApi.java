package org.kefu.identity.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kefu.identity.StaffUser;
import org.kefu.identity.Users;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts for administrators, within their scope. Passwords go in, never come out. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Staff accounts, units and roles (identity.users.manage)")
class UsersApi {

    private final Users users;
    private final CurrentActor actor;

    UsersApi(Users users, CurrentActor actor) {
        this.users = users;
        this.actor = actor;
    }

    record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String username,
                   @NotBlank @Size(max = 100) String displayName, @NotBlank String orgUnitCode,
                   @NotNull Set<String> roles, @NotBlank String password) {
    }

    record Change(@NotBlank String orgUnitCode, @NotNull Set<String> roles, @NotNull Boolean enabled,
                  @NotNull Integer version) {
    }

    record NewPassword(@NotBlank String password) {
    }

    @GetMapping
    @Operation(summary = "Users of the caller's units, filtered by a prefix of user name or display name")
    PageResult<StaffUser> list(@RequestParam(required = false) String search,
                               @PageDefaults(sortable = {"username", "displayName", "orgUnit"}, sort = "username,asc")
                               PageQuery page) {
        return users.list(actor.get().scope(), search, page);
    }

    @GetMapping("/{username}")
    StaffUser one(@PathVariable String username) {
        return users.visible(username, actor.get().scope());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StaffUser create(@Valid @RequestBody NewUser user) {
        return users.create(new Users.NewUser(user.username(), user.displayName().strip(), user.orgUnitCode(),
                user.roles(), user.password()), actor.get());
    }

    @PutMapping("/{username}")
    @Operation(summary = "Change unit, roles and enabled; send the version you read (409 if it changed)")
    StaffUser change(@PathVariable String username, @Valid @RequestBody Change change) {
        return users.update(username, change.orgUnitCode(), change.roles(), change.enabled(), change.version(),
                actor.get());
    }

    record ReportsTo(String reportsTo) {
    }

    @GetMapping("/{username}/reports-to")
    @Operation(summary = "Whom the user reports to directly (null: nobody)")
    ReportsTo reportsTo(@PathVariable String username) {
        users.visible(username, actor.get().scope());
        return new ReportsTo(users.reportsTo(username).orElse(null));
    }

    @PutMapping("/{username}/reports-to")
    @Operation(summary = "Set whom the user reports to (a username, or null for nobody); never themselves or a cycle")
    ReportsTo changeReportsTo(@PathVariable String username, @RequestBody ReportsTo body) {
        return new ReportsTo(users.changeReportsTo(username, body.reportsTo(), actor.get()).orElse(null));
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @Valid @RequestBody NewPassword password) {
        users.resetPassword(username, password.password(), actor.get());
    }
}
