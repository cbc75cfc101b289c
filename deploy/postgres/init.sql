-- One role and two databases (<name>, <name>_test) per service; no service reads another's.
-- Idempotent; run as a superuser with psql (it uses \gexec), both by deploy/local/up and by
-- the postgres image's docker-entrypoint-initdb.d in deploy/compose.yaml.
-- The locale can be chosen with `psql -v locale=en_US.UTF-8`; C.UTF-8 exists on every
-- current glibc, so it is the default.
\set ON_ERROR_STOP on
\if :{?locale}
\else
\set locale 'C.UTF-8'
\endif

CREATE TEMP TABLE service_names (name text PRIMARY KEY);
INSERT INTO service_names VALUES ('society'), ('funding'), ('expert'), ('event'), ('publicity');

-- Password = role name: local development only.
SELECT format('CREATE ROLE %I LOGIN', name)
  FROM service_names
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name)
\gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', name, name)
  FROM service_names
\gexec

SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LC_COLLATE %L LC_CTYPE %L',
              db, name, 'UTF8', :'locale', :'locale')
  FROM service_names, LATERAL (VALUES (name), (name || '_test')) AS dbs(db)
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = db)
\gexec

-- Only the owner (and superusers) may connect: one service cannot open another's database.
SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', db)
  FROM service_names, LATERAL (VALUES (name), (name || '_test')) AS dbs(db)
\gexec
