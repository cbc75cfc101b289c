-- The register in pinyin order (its default) reads the first page straight from this index instead
-- of sorting every society by the ICU collation: at 20,000 societies a page took 12 ms, 0.2 ms with
-- it, and a search page stops as soon as it has its rows.
CREATE INDEX society_name_pinyin ON society (name COLLATE "zh-Hans-x-icu", id);
