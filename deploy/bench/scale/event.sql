-- Registrations at scale: generated ones up to 200,000, spread over the demo's registration targets,
-- each a copy of a demo registration with its own id, person, ticket and queue place.
WITH template AS (SELECT * FROM registration ORDER BY registered_at, id LIMIT 1),
     targets AS (SELECT array_agg(DISTINCT target_id) AS ids, array_agg(DISTINCT event_id) AS events
                 FROM registration),
     missing AS (SELECT greatest(0, 200000 - count(*)) AS n FROM registration),
     base AS (SELECT coalesce(max(queue_number), 0) AS q FROM registration)
INSERT INTO registration
SELECT (jsonb_populate_record(NULL::registration, to_jsonb(t) || jsonb_build_object(
        'id', gen_random_uuid(),
        'target_id', ids[1 + i % cardinality(ids)],
        'event_id', t.event_id,
        'sub_forum_id', NULL,
        'invitation_id', NULL,
        'name', '规模参会者' || i,
        'person_key', md5('bench-person-' || i),
        'ticket_code', md5('bench-ticket-' || i),
        'cancel_secret_hash', md5('bench-cancel-' || i),
        'queue_number', base.q + i,
        'status', 'ADMITTED'))).*
FROM template t, targets, missing, base, generate_series(1, missing.n) AS i;
ANALYZE registration;
