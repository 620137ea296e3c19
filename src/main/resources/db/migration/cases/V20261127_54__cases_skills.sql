-- The categories an agent handles; a skill on a category covers its sub-categories. Routing reads it.
create table agent_skill (
    username      text not null,
    category_code text not null references case_category (code),
    primary key (username, category_code)
);
