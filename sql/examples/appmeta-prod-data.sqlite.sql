-- Prod's own rows: its users (admin and cat exist with other ids than in
-- dev), an earlier CRM version, another app, and process reports whose ids
-- dev's reports would collide with.
INSERT INTO dir_user (id, username, firstName, lastName, email, password, active) VALUES
  (1, 'admin', 'Admin', 'Prod', 'admin@prod.example', '$2a$10$prodhashadmin', 1),
  (7, 'ops', 'Ops', 'Team', 'ops@prod.example', '$2a$10$prodhashops', 1),
  (9, 'cat', 'Cat', 'Grant', 'cat@example.com', '$2a$10$prodhashcat', 1);
INSERT INTO dir_group (id, name, description) VALUES ('sales', 'Sales', 'Account managers');
INSERT INTO dir_user_group (userId, groupId) VALUES (9, 'sales');
INSERT INTO app_app (appId, appVersion, name, published, description, dateCreated) VALUES
  ('crm', 1, 'CRM', 1, 'First cut', '2024-01-12 09:00:00'),
  ('crm', 2, 'CRM', 1, 'Hotfix made in prod', '2024-02-20 16:00:00'),
  ('hr', 3, 'HR', 1, 'Leave requests', '2023-11-02 10:00:00');
INSERT INTO app_form (appId, appVersion, formId, name, tableName, json, dateCreated) VALUES
  ('crm', 1, 'account', 'Account', 'crm_account', '{"className":"org.joget.apps.form.model.Form","properties":{"id":"account"}}', '2024-01-12 09:05:00');
INSERT INTO app_report_process (id, appId, processDefId, instanceId, state, startedTime, finishedTime, duration) VALUES
  (1, 'hr', 'hr:3:leave', 'inst-5001', 'closed.completed', '2024-02-01 09:00:00', '2024-02-01 11:00:00', 7200000),
  (2, 'hr', 'hr:3:leave', 'inst-5002', 'open.running', '2024-02-03 13:00:00', NULL, NULL),
  (3, 'hr', 'hr:3:leave', 'inst-5003', 'open.running', '2024-02-04 08:30:00', NULL, NULL);
INSERT INTO app_report_activity (id, processId, activityDefId, performer, state, createdTime, finishedTime) VALUES
  (1, 1, 'approve', 'ops', 'closed.completed', '2024-02-01 09:00:01', '2024-02-01 10:59:59');
