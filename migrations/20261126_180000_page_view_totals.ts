import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Page views per day and page (`page_view_totals`), kept by PostgreSQL itself from `page_views`:
 * what the dashboard adds up. `page_views` keeps its split by language, referring host and
 * utm_source; the dashboard needs none of it, and summing its rows cost about 0.4–0.5 s at a
 * million rows (`npm run bench`). The totals have one row per day and page.
 *
 * Statement-level triggers with transition tables keep them: a view's upsert adds its one view, a
 * bulk insert adds its rows grouped in one statement. Every write to page_views goes through them
 * (INSERT, UPDATE, DELETE; TRUNCATE empties both tables together). Written by hand: no Payload
 * collection, so no schema snapshot beside it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE page_view_totals (
    day date NOT NULL,
    path text NOT NULL,
    views bigint NOT NULL,
    PRIMARY KEY (day, path) INCLUDE (views)
  );
  INSERT INTO page_view_totals (day, path, views)
    SELECT day, path, sum(views) FROM page_views GROUP BY day, path;

  CREATE FUNCTION page_view_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO page_view_totals (day, path, views)
        SELECT day, path, sum(views) FROM new_rows GROUP BY day, path
        ON CONFLICT (day, path) DO UPDATE SET views = page_view_totals.views + excluded.views;
    ELSIF TG_OP = 'UPDATE' THEN
      INSERT INTO page_view_totals (day, path, views)
        SELECT day, path, sum(views) FROM (
          SELECT day, path, views FROM new_rows
          UNION ALL
          SELECT day, path, -views FROM old_rows
        ) changes GROUP BY day, path
        ON CONFLICT (day, path) DO UPDATE SET views = page_view_totals.views + excluded.views;
    ELSE
      UPDATE page_view_totals t SET views = t.views - gone.views
        FROM (SELECT day, path, sum(views) AS views FROM old_rows GROUP BY day, path) gone
       WHERE t.day = gone.day AND t.path = gone.path;
    END IF;
    RETURN NULL;
  END $$;

  CREATE FUNCTION page_view_totals_clear() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE page_view_totals;
    RETURN NULL;
  END $$;

  CREATE TRIGGER page_views_inserted AFTER INSERT ON page_views
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION page_view_totals_add();
  CREATE TRIGGER page_views_updated AFTER UPDATE ON page_views
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION page_view_totals_add();
  CREATE TRIGGER page_views_deleted AFTER DELETE ON page_views
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION page_view_totals_add();
  CREATE TRIGGER page_views_truncated AFTER TRUNCATE ON page_views
    FOR EACH STATEMENT EXECUTE FUNCTION page_view_totals_clear();
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS page_views_inserted ON page_views;
  DROP TRIGGER IF EXISTS page_views_updated ON page_views;
  DROP TRIGGER IF EXISTS page_views_deleted ON page_views;
  DROP TRIGGER IF EXISTS page_views_truncated ON page_views;
  DROP FUNCTION IF EXISTS page_view_totals_add();
  DROP FUNCTION IF EXISTS page_view_totals_clear();
  DROP TABLE IF EXISTS page_view_totals;
  `)
}
