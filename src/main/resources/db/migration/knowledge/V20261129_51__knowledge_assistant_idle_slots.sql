-- Conversations left idle in the middle of a flow still hold its slots (encrypted card digits, mobile);
-- they are cleared when other conversations start, found through this index of the few that hold any.
create index knowledge_assistant_conversation_slots_idx on knowledge_assistant_conversation (last_at)
    where slots_enc is not null;
