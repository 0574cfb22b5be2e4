-- A data pipeline tool's configuration store: pipelines whose JSON config
-- holds per-environment paths and credential names, their steps, and their
-- run history (which stays in each environment).
CREATE TABLE pipeline (
  id                INTEGER PRIMARY KEY,
  project           VARCHAR(64) NOT NULL,
  name              VARCHAR(100) NOT NULL,
  source_connection VARCHAR(64) NOT NULL,
  config            JSON NOT NULL,
  owner             VARCHAR(64),
  enabled           BOOLEAN NOT NULL DEFAULT 0,
  schedule          VARCHAR(64),
  last_run          TIMESTAMP,
  UNIQUE (project, name)
);

CREATE TABLE pipeline_step (
  id          INTEGER PRIMARY KEY,
  pipeline_id INTEGER NOT NULL REFERENCES pipeline (id),
  position    INTEGER NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  settings    JSON
);

CREATE TABLE pipeline_run (
  id          INTEGER PRIMARY KEY,
  pipeline_id INTEGER NOT NULL REFERENCES pipeline (id),
  started     TIMESTAMP,
  status      VARCHAR(16)
);
