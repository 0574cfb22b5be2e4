INSERT INTO pipeline (id, project, name, source_connection, config, owner, enabled, schedule, last_run) VALUES
  (1, 'sales', 'orders-daily', 'dev-warehouse', '{"source":{"path":"s3://acme-dev/raw/orders","format":"parquet"},"credentials":"vault:dev/warehouse","sink":{"table":"orders"}}', 'dana', 1, '0 2 * * *', '2024-05-01 02:00:00'),
  (2, 'sales', 'customers', 'dev-crm-api', '{"source":{"path":"s3://acme-dev/raw/customers","format":"json"},"credentials":"vault:dev/crm","sink":{"table":"customers"}}', 'dana', 1, '0 3 * * *', NULL),
  (3, 'ops', 'tickets', 'dev-warehouse', '{"source":{"path":"s3://acme-dev/raw/tickets"},"credentials":"vault:dev/warehouse"}', 'lee', 1, NULL, NULL);
INSERT INTO pipeline_step (id, pipeline_id, position, kind, settings) VALUES
  (1, 1, 1, 'extract', '{"batch":5000}'),
  (2, 1, 2, 'dedupe', '{"keys":["order_id"]}'),
  (3, 1, 3, 'load', NULL),
  (4, 2, 1, 'extract', NULL),
  (5, 3, 1, 'extract', NULL);
INSERT INTO pipeline_run (id, pipeline_id, started, status) VALUES
  (1, 1, '2024-05-01 02:00:00', 'ok'),
  (2, 1, '2024-05-02 02:00:00', 'failed');
