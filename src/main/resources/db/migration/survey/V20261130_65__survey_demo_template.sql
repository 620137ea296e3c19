-- The demo template: one Likert question per indicator (overall last but one) and a free text, equal
-- weights except overall (2), and a rule for every case kind on any channel.
insert into survey_template (code, name_zh, name_en) values ('service-satisfaction', '服务满意度回访', 'Service satisfaction');

insert into survey_question (template_id, position, type, text_zh, text_en, weight, indicator, required)
select t.id, q.position, q.type, q.text_zh, q.text_en, q.weight, q.indicator, q.required
from survey_template t, (values
    (1, 'likert', '我们处理您的业务是否及时？', 'How timely did we handle your request?', 1.00, 'timeliness', true),
    (2, 'likert', '工作人员的业务是否专业？', 'How professional was our staff?', 1.00, 'professionalism', true),
    (3, 'likert', '工作人员的服务态度如何？', 'How was our staff''s attitude?', 1.00, 'attitude', true),
    (4, 'likert', '办理流程是否完整、清楚？', 'Was the process complete and clear?', 1.00, 'process_completeness', true),
    (5, 'likert', '总体而言，您对本次服务是否满意？', 'Overall, how satisfied are you with our service?', 2.00, 'overall', true),
    (6, 'text', '您还有什么意见或建议？', 'Anything else you would like to tell us?', null, null, false)
) as q (position, type, text_zh, text_en, weight, indicator, required)
where t.code = 'service-satisfaction';

insert into survey_rule (case_kind, channel, template_id)
select k.kind, null, t.id
from survey_template t,
     (values ('consultation'), ('service_request'), ('complaint'), ('incident_report'), ('suggestion'), ('praise')) as k (kind)
where t.code = 'service-satisfaction';
