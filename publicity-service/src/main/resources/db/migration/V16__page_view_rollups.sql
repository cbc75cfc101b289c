-- The year report and the site admin's figures read a year's views by month and its most visited
-- pages. At 1,000,000 page-day rows each of those read half of page_view (0.1-0.25 s a query, four
-- per report). These tables hold the same counts rolled up by month and by page and year, kept by
-- a trigger in the statement that changes page_view, whoever writes it (the counter's flush, an
-- import, a script), so they can never disagree with the rows they sum.
CREATE TABLE page_view_month (
    site_key TEXT   NOT NULL,
    month    DATE   NOT NULL, -- its first day
    views    BIGINT NOT NULL,
    PRIMARY KEY (site_key, month)
);

CREATE TABLE page_view_year_page (
    site_key TEXT    NOT NULL,
    year     INTEGER NOT NULL,
    path     TEXT    NOT NULL,
    views    BIGINT  NOT NULL,
    PRIMARY KEY (site_key, year, path)
);
CREATE INDEX page_view_year_page_by_year ON page_view_year_page (year);

-- One statement's change, summed: rows added count up, rows removed count down, an update is both.
CREATE FUNCTION page_view_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change TEXT := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT site_key, day, path, views FROM added'
        WHEN 'DELETE' THEN 'SELECT site_key, day, path, -views FROM removed'
        ELSE 'SELECT site_key, day, path, views FROM added UNION ALL SELECT site_key, day, path, -views FROM removed'
    END;
BEGIN
    EXECUTE format('
        INSERT INTO page_view_month (site_key, month, views)
        SELECT site_key, date_trunc(''month'', day)::date, sum(views) FROM (%s) c(site_key, day, path, views)
        GROUP BY 1, 2
        ON CONFLICT (site_key, month) DO UPDATE SET views = page_view_month.views + excluded.views', change);
    EXECUTE format('
        INSERT INTO page_view_year_page (site_key, year, path, views)
        SELECT site_key, extract(YEAR FROM day)::int, path, sum(views) FROM (%s) c(site_key, day, path, views)
        GROUP BY 1, 2, 3
        ON CONFLICT (site_key, year, path) DO UPDATE SET views = page_view_year_page.views + excluded.views', change);
    RETURN NULL;
END
$$;

CREATE TRIGGER page_view_rolled_up_on_insert AFTER INSERT ON page_view
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION page_view_roll_up();
CREATE TRIGGER page_view_rolled_up_on_update AFTER UPDATE ON page_view
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION page_view_roll_up();
CREATE TRIGGER page_view_rolled_up_on_delete AFTER DELETE ON page_view
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION page_view_roll_up();

INSERT INTO page_view_month (site_key, month, views)
SELECT site_key, date_trunc('month', day)::date, sum(views) FROM page_view GROUP BY 1, 2;
INSERT INTO page_view_year_page (site_key, year, path, views)
SELECT site_key, extract(YEAR FROM day)::int, path, sum(views) FROM page_view GROUP BY 1, 2, 3;
