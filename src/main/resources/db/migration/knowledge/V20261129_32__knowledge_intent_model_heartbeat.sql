-- Several nodes share knowledge_intent_model. updated_at is the run's heartbeat (progress, and a beat from
-- the training node every poll): a starting node fails only runs whose heartbeat stopped, not another node's
-- live training. training_set is the hash of the utterances a model was trained on, so that a node that
-- loaded another node's model does not retrain on the same utterances.
alter table knowledge_intent_model add column updated_at timestamptz not null default now();
alter table knowledge_intent_model add column training_set text;
