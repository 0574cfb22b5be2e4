-- The metadata tables of a small low-code platform, as SQLite holds them.
-- Used by the README's first command: dev.db gets this schema and
-- appmeta-dev-data.sql; prod.db gets this schema and its own few rows.
PRAGMA foreign_keys = ON;

CREATE TABLE dir_user (
  id          INTEGER PRIMARY KEY,
  username    VARCHAR(64) NOT NULL UNIQUE,
  firstName   VARCHAR(100),
  lastName    VARCHAR(100),
  email       VARCHAR(255),
  password    VARCHAR(255),
  active      BOOLEAN NOT NULL DEFAULT 1,
  timeZone    VARCHAR(32) DEFAULT 'UTC'
);

CREATE TABLE dir_group (
  id          VARCHAR(64) PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  description TEXT
);

CREATE TABLE dir_role (
  id          VARCHAR(64) PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  description TEXT
);

CREATE TABLE dir_user_group (
  userId      INTEGER NOT NULL REFERENCES dir_user (id),
  groupId     VARCHAR(64) NOT NULL REFERENCES dir_group (id),
  PRIMARY KEY (userId, groupId)
);

CREATE TABLE app_app (
  appId       VARCHAR(64) NOT NULL,
  appVersion  BIGINT NOT NULL,
  name        VARCHAR(255) NOT NULL,
  published   BOOLEAN NOT NULL DEFAULT 0,
  license     TEXT,
  description TEXT,
  dateCreated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  dateModified TIMESTAMP,
  PRIMARY KEY (appId, appVersion)
);

CREATE TABLE app_form (
  appId       VARCHAR(64) NOT NULL,
  appVersion  BIGINT NOT NULL,
  formId      VARCHAR(64) NOT NULL,
  name        VARCHAR(255) NOT NULL,
  tableName   VARCHAR(64) NOT NULL,
  json        JSON,
  dateCreated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  dateModified TIMESTAMP,
  PRIMARY KEY (appId, appVersion, formId),
  FOREIGN KEY (appId, appVersion) REFERENCES app_app (appId, appVersion)
);

CREATE TABLE app_fd_crm_account (
  id           VARCHAR(255) PRIMARY KEY,
  dateCreated  TIMESTAMP,
  dateModified TIMESTAMP,
  createdBy    VARCHAR(255),
  createdByName VARCHAR(255),
  modifiedBy   VARCHAR(255),
  c_name       TEXT,
  c_country    TEXT,
  c_revenue    DECIMAL_TEXT(14,2)
);

CREATE TABLE app_fd_crm_contact (
  id           VARCHAR(255) PRIMARY KEY,
  dateCreated  TIMESTAMP,
  dateModified TIMESTAMP,
  createdBy    VARCHAR(255),
  modifiedBy   VARCHAR(255),
  c_account    VARCHAR(255) REFERENCES app_fd_crm_account (id),
  c_fullName   TEXT,
  c_email      TEXT
);

CREATE TABLE app_report_process (
  id           INTEGER PRIMARY KEY,
  appId        VARCHAR(64) NOT NULL,
  processDefId VARCHAR(255) NOT NULL,
  instanceId   VARCHAR(255) NOT NULL,
  state        VARCHAR(32) NOT NULL,
  startedTime  TIMESTAMP,
  finishedTime TIMESTAMP,
  duration     BIGINT
);

CREATE TABLE app_report_activity (
  id           INTEGER PRIMARY KEY,
  processId    INTEGER NOT NULL REFERENCES app_report_process (id),
  activityDefId VARCHAR(255) NOT NULL,
  performer    VARCHAR(64),
  state        VARCHAR(32) NOT NULL,
  createdTime  TIMESTAMP,
  finishedTime TIMESTAMP
);

-- Not tables: never copied.
CREATE VIEW app_report_open AS
  SELECT * FROM app_report_process WHERE finishedTime IS NULL;
