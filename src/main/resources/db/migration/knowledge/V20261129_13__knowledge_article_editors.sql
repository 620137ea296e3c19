-- Maker-checker over every change since the last publication, not only the last one: otherwise whoever
-- wrote a text lets a colleague change one character and submit it, and approves their own words.
-- knowledge_article.editors: everyone who changed the working copy since it was last published;
-- knowledge_article_version.editors: the same list as it stood when the version was approved.
alter table knowledge_article add column editors text[] not null default '{}';
update knowledge_article set editors = array[edited_by] where status <> 'PUBLISHED';

alter table knowledge_article_version add column editors text[] not null default '{}';
update knowledge_article_version set editors = array[edited_by];
alter table knowledge_article_version add constraint knowledge_article_version_editors_check
    check (edited_by = any (editors) and approved_by <> all (editors));
