/**
 * The owner's dashboard on a busy site: 1,000,000 rows of page views and 100,000 leads (with the
 * calls some booked), all within the dashboard's 12 weeks, written by PostgreSQL itself
 * (generate_series) into the bench site's own database; then the time of the dashboard's figures
 * (src/leads/conversion.ts, one statement), and of the /admin page that shows them, as the owner.
 */
import pg from 'pg'

import type { Launcher } from '../lib/launcher'
import { runAgainIfStalled, STALL_GUARD } from '../lib/config-stall'
import { run } from '../lib/processes'
import { embeddedDatabaseUrl } from '../lib/runtime'
import { readOrCreateSecret } from '../lib/secret'

import { log } from './settings'
import { spread } from './stats'

const VIEW_ROWS = 1_000_000
const LEADS = 100_000
const PAGE_RUNS = 5

export type DashboardFigures = {
  viewRows: number
  leads: number
  bookings: number
  fillMs: number
  /** The figures' statement, from the worker (warm). */
  queryMs: { p50: number; p95: number; max: number }
  /** GET /admin as the owner, the whole page. */
  pageMs: { p50: number; p95: number; max: number }
}

/**
 * Days back from today that are inside the dashboard's period whatever the weekday: it begins on
 * the Monday 11 weeks before this week's, at least 77 days ago.
 */
const DAYS = 77

const FILL = `
  create temp table bench_paths as
    select row_number() over (order by path) - 1 as n, path from (
      select case when _locale = 'en' then '/articles/' || slug
                  else '/' || _locale || '/articles/' || slug end as path
        from articles_locales where _status = 'published' and slug is not null
      union select '/' union select '/articles' union select '/contact'
      union select '/es' union select '/ru' union select '/search'
      union select '/tags/' || slug from tags_locales where _locale = 'en'
      union select '/compare/' || slug from comparisons_locales where _locale = 'en'
    ) pages;

  -- Each row its own (day, page, referring host, utm_source): DAYS days x the pages x 50 hosts x
  -- as many sources as it takes.
  insert into page_views (day, path, locale, referrer_host, utm_source, views)
  select (now() at time zone 'UTC')::date - (i % ${DAYS}),
         p.path,
         case when p.path like '/es%' then 'es' when p.path like '/ru%' then 'ru' else 'en' end,
         case when (i / (${DAYS} * c.total)) % 50 = 0 then ''
              else 'site' || ((i / (${DAYS} * c.total)) % 50) || '.example' end,
         case when i / (${DAYS} * c.total * 50) = 0 then ''
              else 'source' || (i / (${DAYS} * c.total * 50)) end,
         1 + ((i::bigint * 7919) % 20)::integer
    from generate_series(0, ${VIEW_ROWS - 1}) as i
   cross join (select count(*) as total from bench_paths) c
    join bench_paths p on p.n = (i / ${DAYS}) % c.total;

  -- Leads over the same days: 1 in 20 spam, 1 in 33 won, 1 in 17 booked a call; 1 in 10 came to
  -- the contact page directly.
  insert into leads (name, email, status, project_type, message, preferred_contact, consent_at,
                     created_at, updated_at, source_page, language)
  select 'Bench lead ' || i, 'bench-lead-' || i || '@example.com',
         (case when i % 20 = 0 then 'spam' when i % 33 = 0 then 'won'
               when i % 17 = 0 then 'call-booked' else 'new' end)::enum_leads_status,
         'consultation', 'Written by npm run bench.', 'email', now(),
         now() - make_interval(secs => ((i::bigint * 7919) % (${DAYS} * 86400))::integer), now(),
         case when i % 10 = 0 then null else p.path end,
         'en'
    from generate_series(1, ${LEADS}) as i
   cross join (select count(*) as total from bench_paths) c
    join bench_paths p on p.n = i % c.total;

  -- A call for each lead that booked one, two hours apart far ahead (never overlapping a real
  -- one); one in five cancelled.
  insert into bookings (title, status, lead_id, starts_at, ends_at, hold_until, time_zone,
                        language, uid)
  select 'Bench call', (case when n % 5 = 0 then 'cancelled' else 'confirmed' end)::enum_bookings_status,
         id, start, start + interval '30 minutes', start + interval '45 minutes', 'UTC', 'en',
         'bench-call-' || id || '@example.com'
    from (select id, row_number() over (order by id) as n,
                 timestamptz '2030-01-01 00:00Z' + make_interval(hours => 2 * id) as start
            from leads where status = 'call-booked' and email like 'bench-lead-%') booked;
`

async function fill(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const startedAt = Date.now()
    await client.query(FILL)
    // What autovacuum does to a table this size within a minute or so.
    await client.query('vacuum analyze page_views, leads, bookings')
    const fillMs = Date.now() - startedAt
    const { rows } = await client.query<{ views: string; leads: string; bookings: string }>(`
      select (select count(*) from page_views) as views, (select count(*) from leads) as leads,
             (select count(*) from bookings) as bookings`)
    return {
      fillMs,
      viewRows: Number(rows[0].views),
      leads: Number(rows[0].leads),
      bookings: Number(rows[0].bookings),
    }
  } finally {
    await client.end()
  }
}

async function timeQueries(url: string, launcher: Launcher, smtpUrl: string) {
  let output = ''
  const worker = new URL('./dashboard-worker.ts', import.meta.url).pathname
  // Loading the configuration can stall under load (scripts/lib/config-stall.ts): run it again.
  const code = await runAgainIfStalled('bench', () => {
    output = ''
    return run(process.execPath, ['--import', STALL_GUARD, '--import', 'tsx', worker], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PAYLOAD_SECRET: readOrCreateSecret(launcher.dataDir),
        SITE_URL: launcher.url,
        SMTP_URL: smtpUrl,
        JOBS_AUTORUN: 'false',
      },
      quiet: true,
      onOutput: (chunk) => (output += chunk),
    })
  })
  const line = output.split('\n').find((text) => text.startsWith('{"queryMs"'))
  if (code !== 0 || !line) throw new Error(`The dashboard worker failed (${code}):\n${output}`)
  return JSON.parse(line) as { queryMs: number[]; token: string }
}

async function timePage(siteUrl: string, token: string): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run <= PAGE_RUNS; run++) {
    const startedAt = performance.now()
    const response = await fetch(`${siteUrl}/admin`, {
      headers: { authorization: `JWT ${token}`, 'accept-encoding': 'identity' },
    })
    const html = await response.text()
    if (!response.ok || !html.includes('leads-per-source')) {
      throw new Error(`/admin as the owner answered ${response.status} without the lead table.`)
    }
    if (run > 0) times.push(performance.now() - startedAt)
  }
  return times
}

export async function measureDashboard(
  launcher: Launcher,
  smtpUrl: string,
): Promise<DashboardFigures> {
  log(
    `Dashboard: writing ${VIEW_ROWS.toLocaleString('en')} view rows and ${LEADS.toLocaleString('en')} leads...`,
  )
  const url = embeddedDatabaseUrl(launcher.dataDir)
  const filled = await fill(url)
  log(`Dashboard: timing its figures and the /admin page...`)
  const { queryMs, token } = await timeQueries(url, launcher, smtpUrl)
  const pageMs = await timePage(launcher.url, token)
  const round = (values: number[]) => values.map(Math.round)
  return { ...filled, queryMs: spread(round(queryMs)), pageMs: spread(round(pageMs)) }
}
