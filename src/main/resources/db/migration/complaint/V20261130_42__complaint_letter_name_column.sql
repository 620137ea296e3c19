-- The customer's name on a letter in a column of its own (a FieldCipher envelope), declared to key rotation
-- like every encrypted column; inside the variables document rotation could not find it.
alter table complaint_letter add column customer_name_enc text;
update complaint_letter set customer_name_enc = variables ->> 'customerName', variables = variables - 'customerName'
    where variables ? 'customerName';
