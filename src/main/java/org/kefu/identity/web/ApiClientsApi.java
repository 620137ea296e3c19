package org.kefu.identity.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.apiclient.ApiClient;
import org.kefu.identity.apiclient.ApiClients;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Channel systems' API keys: issue (the key is in this one response only), list, revoke. */
@RestController
@RequestMapping("/api/v1/api-clients")
@Tag(name = "API clients", description = "Channel systems' API keys (identity.api-clients.manage)")
class ApiClientsApi {

    private final ApiClients clients;
    private final OrgUnits orgUnits;
    private final CurrentActor actor;

    ApiClientsApi(ApiClients clients, OrgUnits orgUnits, CurrentActor actor) {
        this.clients = clients;
        this.orgUnits = orgUnits;
        this.actor = actor;
    }

    record NewClient(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String name,
                     @NotBlank @Pattern(regexp = "mobile_banking|web_banking|self_service_terminal|call_centre_cti|wechat|other")
                     String channel,
                     @NotBlank String orgUnitCode, @NotEmpty Set<@Pattern(regexp = "[a-z][a-z0-9.-]{2,79}") String> permissions) {
    }

    @GetMapping
    PageResult<ApiClient> list(@PageDefaults(sortable = {"name", "createdAt", "lastUsedAt"}, sort = "name,asc")
                               PageQuery page) {
        return clients.list(actor.get().scope(), null, page);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a key; it cannot carry permissions the issuer does not hold")
    ApiClients.Issued create(@Valid @RequestBody NewClient client) {
        Actor me = actor.get();
        long unit = orgUnits.visible(client.orgUnitCode(), me.scope()).id();
        if (!me.permissions().containsAll(client.permissions())) {
            throw new InvalidInputException("permissions", "invalid", "identity.api-client.permissions.exceed");
        }
        return clients.create(client.name(), "CHANNEL", client.channel(), unit, null, client.permissions(), me.id());
    }

    @PostMapping("/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a key at once; calls with it get 401 from then on")
    void revoke(@PathVariable long id) {
        clients.revoke(id, actor.get().id(), actor.get().scope());
    }
}
