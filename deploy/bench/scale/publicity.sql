-- Page views at scale: 1,000,000 page-day rows over every site, the last two years, and as many
-- pages per site as that takes.
WITH sites AS (SELECT array_agg(society_id::text ORDER BY society_id) AS keys FROM site),
     missing AS (SELECT greatest(0, 1000000 - count(*)) AS n FROM page_view)
INSERT INTO page_view (site_key, day, path, views)
SELECT keys[1 + i % cardinality(keys)],
       current_date - ((i / cardinality(keys)) % 730)::int,
       '/site/societies/' || keys[1 + i % cardinality(keys)] || '/news/bench-' || (i / (cardinality(keys) * 730)),
       1 + i % 7
FROM sites, missing, generate_series(1, missing.n) AS i
ON CONFLICT DO NOTHING;
ANALYZE page_view;
