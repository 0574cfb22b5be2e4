-- Dev rows of the CRM app.
INSERT INTO dir_user (id, username, firstName, lastName, email, password, active) VALUES
  (1, 'admin', 'Admin', 'Istrator', 'admin@example.com', '$2a$10$devhashadmin', 1),
  (2, 'cat', 'Cat', 'Grant', 'cat@example.com', '$2a$10$devhashcat', 1),
  (3, 'jack', 'Jack', 'Ng', 'jack@example.com', '$2a$10$devhashjack', 0),
  (4, 'zoë', 'Zoë', 'Łukasiewicz', 'zoe@example.com', '$2a$10$devhashzoe', 1);
INSERT INTO dir_group (id, name, description) VALUES
  ('sales', 'Sales', 'Account managers'),
  ('support', 'Support', NULL);
INSERT INTO dir_role (id, name, description) VALUES
  ('ROLE_ADMIN', 'Administrator', NULL),
  ('ROLE_USER', 'User', 'Everyone');
INSERT INTO dir_user_group (userId, groupId) VALUES (2, 'sales'), (3, 'support'), (4, 'sales');
INSERT INTO app_app (appId, appVersion, name, published, license, description, dateCreated, dateModified) VALUES
  ('crm', 1, 'CRM', 0, NULL, 'First cut', '2024-01-10 09:00:00', '2024-02-01 10:30:00'),
  ('crm', 2, 'CRM', 1, NULL, 'Release 2.3 — accounts and contacts', '2024-03-01 08:15:00', '2024-03-05 17:45:12.250000');
INSERT INTO app_form (appId, appVersion, formId, name, tableName, json, dateCreated) VALUES
  ('crm', 2, 'account', 'Account', 'crm_account', '{"className":"org.joget.apps.form.model.Form","properties":{"id":"account","loadBinder":{"className":"WorkflowFormBinder"}}}', '2024-03-01 08:20:00'),
  ('crm', 2, 'contact', 'Contact', 'crm_contact', '{"className":"org.joget.apps.form.model.Form","properties":{"id":"contact"}}', '2024-03-01 08:25:00');
INSERT INTO app_fd_crm_account (id, dateCreated, dateModified, createdBy, createdByName, modifiedBy, c_name, c_country, c_revenue) VALUES
  ('acc-001', '2024-03-02 10:00:00', '2024-03-02 10:00:00', 'cat', 'Cat Grant', 'cat', 'Acme Corp', 'US', '1250000.00'),
  ('acc-002', '2024-03-02 11:00:00', '2024-03-04 09:12:00', 'cat', 'Cat Grant', 'zoë', 'Globex 株式会社', 'JP', '98000.50'),
  ('acc-003', '2024-03-03 12:00:00', NULL, 'zoë', 'Zoë Łukasiewicz', NULL, 'Initech', 'PL', NULL);
INSERT INTO app_fd_crm_contact (id, dateCreated, dateModified, createdBy, modifiedBy, c_account, c_fullName, c_email) VALUES
  ('con-001', '2024-03-02 10:05:00', NULL, 'cat', NULL, 'acc-001', 'Wile E. Coyote', 'wile@acme.example'),
  ('con-002', '2024-03-02 11:05:00', NULL, 'cat', NULL, 'acc-002', 'Hank Scorpio', 'hank@globex.example'),
  ('con-003', '2024-03-03 12:30:00', NULL, 'zoë', NULL, 'acc-003', 'Bill Lumbergh', NULL);
INSERT INTO app_report_process (id, appId, processDefId, instanceId, state, startedTime, finishedTime, duration) VALUES
  (1, 'crm', 'crm:2:approval', 'inst-1001', 'closed.completed', '2024-03-04 09:00:00', '2024-03-04 09:30:00', 1800000),
  (2, 'crm', 'crm:2:approval', 'inst-1002', 'open.running', '2024-03-05 14:00:00', NULL, NULL);
INSERT INTO app_report_activity (id, processId, activityDefId, performer, state, createdTime, finishedTime) VALUES
  (1, 1, 'approve', 'admin', 'closed.completed', '2024-03-04 09:00:01', '2024-03-04 09:29:59'),
  (2, 2, 'approve', NULL, 'open.not_running.not_started', '2024-03-05 14:00:01', NULL);
