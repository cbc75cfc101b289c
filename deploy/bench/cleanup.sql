-- The societies the benchmark registered ("压测学会…") leave this service's database again, with
-- every row that names them, so that each run measures the same data: the scale data and the demo.
-- deploy/bench/run runs it against each service's database at the end (the events stay on Kafka,
-- where the consumers have applied them already). Rows are deleted table by table, in passes, so
-- that a table another one refers to is emptied after it.
DO $$
DECLARE
    target RECORD;
    blocked BOOLEAN;
BEGIN
    CREATE TEMP TABLE bench_society ON COMMIT DROP AS SELECT id::text AS id FROM society WHERE name LIKE '压测学会%';
    FOR pass IN 1..5 LOOP
        blocked := false;
        FOR target IN
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
              AND c.column_name IN ('society_id', 'site_key')
        LOOP
            BEGIN
                EXECUTE format('DELETE FROM %I WHERE %I::text IN (SELECT id FROM bench_society)',
                               target.table_name, target.column_name);
            EXCEPTION WHEN foreign_key_violation THEN
                blocked := true;
            END;
        END LOOP;
        EXIT WHEN NOT blocked;
    END LOOP;
    DELETE FROM society WHERE id::text IN (SELECT id FROM bench_society);
END $$;
