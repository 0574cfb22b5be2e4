INSERT INTO pipeline (id, project, name, source_connection, config, owner, enabled, schedule, last_run) VALUES
  (1, 'finance', 'ledger', 'prod-warehouse', '{"source":{"path":"s3://acme-prod/raw/ledger"},"credentials":"vault:prod/warehouse"}', 'fin', 1, '0 1 * * *', '2024-05-02 01:00:00'),
  (4, 'sales', 'orders-daily', 'prod-warehouse', '{"source":{"path":"s3://acme-prod/raw/orders-old","format":"csv"},"credentials":"vault:prod/warehouse","sink":{"table":"orders"}}', 'sam', 1, '0 2 * * *', '2024-05-02 02:00:00');
INSERT INTO pipeline_step (id, pipeline_id, position, kind, settings) VALUES
  (1, 1, 1, 'extract', NULL),
  (2, 4, 1, 'extract', NULL),
  (3, 4, 2, 'load', NULL);
INSERT INTO pipeline_run (id, pipeline_id, started, status) VALUES (1, 4, '2024-05-02 02:00:00', 'ok');
