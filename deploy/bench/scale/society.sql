-- The register at scale: 20,000 generated societies (named "…（规模N）"), on top of the demo's and
-- whatever the benchmark registered. Each copies a demo society's row (so the statement keeps
-- working as columns are added) with its own id and a Chinese name; statuses and discipline
-- categories cycle through the ones the demo uses. A second run adds only the missing ones.
WITH template AS (SELECT * FROM society ORDER BY created_at, id LIMIT 1),
     generated AS (SELECT count(*) AS n FROM society WHERE name LIKE '%（规模%'),
     vocab AS (SELECT array['北京', '安徽', '重庆', '济宁', '长沙', '厦门', '西安', '郑州', '武汉', '成都',
                            '杭州', '南京', '青岛', '昆明', '兰州', '太原', '贵阳', '南宁', '福州', '合肥'] AS places,
                      array['物理', '化学', '农学', '医学', '水利', '林学', '数学', '地理', '气象', '机械',
                            '电子', '计算机', '生态', '材料', '土木', '中医药', '营养', '心理', '档案', '测绘'] AS fields,
                      (SELECT array_agg(DISTINCT status) FROM society) AS statuses,
                      (SELECT array_agg(DISTINCT discipline_category) FROM society) AS categories)
INSERT INTO society
SELECT (jsonb_populate_record(NULL::society, to_jsonb(t) || jsonb_build_object(
        'id', gen_random_uuid(),
        'name', places[1 + i % 20] || '市' || fields[1 + (i / 20) % 20] || '学会（规模' || i || '）',
        'short_name', NULL,
        'credit_code', NULL,
        'status', statuses[1 + i % cardinality(statuses)],
        'discipline_category', categories[1 + i % cardinality(categories)],
        'version', 0))).*
FROM template t, vocab, generated, generate_series(generated.n + 1, 20000) AS i;
ANALYZE society;
