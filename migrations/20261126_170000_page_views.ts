import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Cookie-less page views (src/analytics): per UTC day, public page and language, how many times
 * it was shown, split by the host of the referring page and the `utm_source` tag. Nothing about
 * the visitor is stored (no address, user agent or cookie), so a row cannot be tied to anyone.
 * The admin dashboard adds them up per article for its conversion figures.
 *
 * - the unique key is what a view's upsert (`on conflict … do update set views = views + 1`)
 *   lands on; its leading `day` also serves the dashboard's "last 12 weeks" range;
 * - `page_views_day_path_idx` holds what the dashboard reads (day, path, views), so summing the
 *   weeks of every page is an index-only scan that never touches the wider rows.
 *
 * Written by hand: no Payload collection (the counts are not readable over REST or GraphQL at
 * all), so there is no schema snapshot beside it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE page_views (
    day date NOT NULL,
    path text NOT NULL,
    locale varchar NOT NULL,
    referrer_host text NOT NULL DEFAULT '',
    utm_source text NOT NULL DEFAULT '',
    views integer NOT NULL DEFAULT 1 CHECK (views > 0),
    CONSTRAINT page_views_key UNIQUE (day, path, locale, referrer_host, utm_source)
  );
  CREATE INDEX page_views_day_path_idx ON page_views (day, path) INCLUDE (views);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS page_views;
  `)
}
