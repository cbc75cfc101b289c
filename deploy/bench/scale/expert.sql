-- The expert pool at scale: generated experts up to 100,000, each a copy of a demo expert with its
-- own id, name, employer and search text (no personal data: phone and ID number stay empty).
WITH template AS (SELECT * FROM expert ORDER BY created_at, id LIMIT 1),
     missing AS (SELECT greatest(0, 100000 - count(*)) AS n FROM expert),
     vocab AS (SELECT array['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴',
                            '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'] AS surnames,
                      array['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇',
                            '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚'] AS given,
                      array['市第一人民医院', '济宁学院', '市农业科学院', '市水利局', '山东大学',
                            '市气象局', '市林业局', '市疾控中心', '曲阜师范大学', '市科技馆'] AS employers)
INSERT INTO expert
SELECT (jsonb_populate_record(NULL::expert, to_jsonb(t) || jsonb_build_object(
        'id', gen_random_uuid(),
        'name', surnames[1 + i % 20] || given[1 + (i / 20) % 20] || i,
        'employer', employers[1 + i % 10],
        'search_text', surnames[1 + i % 20] || given[1 + (i / 20) % 20] || i || ' ' || employers[1 + i % 10]
                       || ' ' || t.title,
        'email', NULL, 'phone_cipher', NULL, 'id_number_cipher', NULL, 'id_number_digest', NULL,
        'version', 0))).*
FROM template t, vocab, missing, generate_series(1, missing.n) AS i;
ANALYZE expert;
