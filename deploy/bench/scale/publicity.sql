-- Page views at scale: 1,000,000 generated page-day rows (paths ".../news/bench-N") spread evenly
-- over the last two years (730 days), site after site, as many pages per site as that takes. A
-- second run adds only the missing ones.
WITH sites AS (SELECT array_agg(society_id::text ORDER BY society_id) AS keys FROM site),
     generated AS (SELECT count(*) AS n FROM page_view WHERE path LIKE '%/news/bench-%')
INSERT INTO page_view (site_key, day, path, views)
SELECT keys[1 + (i / 730) % cardinality(keys)],
       current_date - (i % 730)::int,
       '/site/societies/' || keys[1 + (i / 730) % cardinality(keys)] || '/news/bench-' || (i / (730 * cardinality(keys))),
       1 + i % 7
FROM sites, generated, generate_series(generated.n, 999999) AS i
ON CONFLICT DO NOTHING;
ANALYZE page_view;
