-- How each conversation last turned out (the kind of the assistant's last reply that was not a courtesy:
-- answer, status, case_opened, out_of_scope, flow, cancelled, clarify, handed_off), so the containment rate
-- counts only conversations that ended served, not those where the customer left after "I don't know".
alter table knowledge_assistant_conversation add column outcome text;
update knowledge_assistant_conversation c set outcome = (
    select m.kind from knowledge_assistant_message m
    where m.conversation_id = c.id and m.author = 'assistant' and m.kind is not null and m.kind <> 'courtesy'
    order by m.id desc limit 1);
