package org.kefu.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

import org.kefu.identity.Users;
import org.kefu.platform.Actor;
import org.kefu.platform.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case categories an agent handles, for routing; supervisors manage them for users in their scope. */
@RestController
@RequestMapping("/api/v1/cases/skills/{username}")
@Tag(name = "Case routing skills", description = "Categories each agent handles (cases.supervise)")
class AgentSkillsApi {

    private final AgentSkills skills;
    private final CaseStore store;
    private final Users users;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;

    AgentSkillsApi(AgentSkills skills, CaseStore store, Users users, CurrentActor actor,
                   ApplicationEventPublisher events) {
        this.skills = skills;
        this.store = store;
        this.users = users;
        this.actor = actor;
        this.events = events;
    }

    /** {@code categories}: codes; a skill on a category covers its sub-categories. */
    record SkillsView(String username, List<String> categories) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    SkillsView one(@PathVariable String username) {
        users.visible(username, actor.get().scope());
        return new SkillsView(username, List.copyOf(skills.of(username)));
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Replace the agent's skills (category codes); 404 for users outside your scope")
    SkillsView replace(@PathVariable String username, @RequestBody WorkRequests.Skills body) {
        Actor caller = actor.get();
        users.visible(username, caller.scope());
        Set<String> categories = body.validCategories(store::categoryExists);
        Set<String> before = skills.replace(username, categories);
        List<String> after = List.copyOf(skills.of(username));
        events.publishEvent(new AgentSkillsChanged(username, List.copyOf(before), after));
        return new SkillsView(username, after);
    }
}
