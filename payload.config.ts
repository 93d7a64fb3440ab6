import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { redisKVAdapter } from '@payloadcms/kv-redis'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig } from 'payload'
import depthLimit from 'graphql-depth-limit'
import sharp from 'sharp'

import { Articles } from './src/collections/Articles'
import { Authors } from './src/collections/Authors'
import { Bookings } from './src/collections/Bookings'
import { CaseStudies } from './src/collections/CaseStudies'
import { Comparisons } from './src/collections/Comparisons'
import { Leads } from './src/collections/Leads'
import { Media } from './src/collections/Media'
import { Tags } from './src/collections/Tags'
import { Testimonials } from './src/collections/Testimonials'
import { Users } from './src/collections/Users'
import { Availability } from './src/globals/Availability'
import { Home } from './src/globals/Home'
import { SiteSettings } from './src/globals/SiteSettings'
import { isAdminJobs } from './src/access/isAdmin'
import { sendBookingEmailsTask } from './src/booking/emails'
import { sendLeadEmailsTask } from './src/leads/emails'
import { purgeOldLeadsTask, retentionAutoRun } from './src/leads/retention'
import { withPublishProblemReports } from './src/publishing/jobs'
import { getServerEnv } from './src/lib/env'
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from './src/lib/locales'
import type { PublicCollection } from './src/lib/paths'
import { homePreviewUrl, previewUrl } from './src/lib/preview-url'
import { trustedOrigins } from './src/lib/trusted-origins'
import { createMailTransport, parseMailFrom } from './src/lib/mail'
import { pgWithErrorListeners } from './src/lib/pg-listened'
import { plugins } from './src/plugins'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getServerEnv()
const mailFrom = parseMailFrom(env.MAIL_FROM)

export default buildConfig({
  serverURL: env.SITE_URL,
  // Cookie-authenticated requests from any other origin are treated as anonymous.
  csrf: trustedOrigins(env.SITE_URL),
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Admin' },
    // Payload's default avatar loads from gravatar.com; the admin makes no third-party requests.
    avatar: 'default',
    // Dates in the editor's language's own order ("26 nov 2026, 10:56", "26 нояб. 2026 г."), not
    // Payload's English pattern with foreign month names ("noviembre 26º 2026").
    dateFormat: 'PPp',
    components: {
      // The owner's morning view: the calls of the coming week; new leads, leads per week, which
      // articles bring them; and
      // what readers search for (found or not).
      beforeDashboard: [
        '@/booking/DashboardView#UpcomingCallsView',
        '@/leads/DashboardView#LeadsDashboardView',
        '@/search/DashboardView#SearchesDashboardView',
      ],
    },
    // The public page beside the editor, refreshed on every (auto)save of the draft.
    livePreview: {
      collections: ['articles', 'comparisons', 'case-studies'],
      globals: ['home'],
      url: ({ data, collectionConfig, locale }) =>
        collectionConfig
          ? previewUrl(
              collectionConfig.slug as PublicCollection,
              data.slug as string | undefined,
              locale.code,
            )
          : homePreviewUrl(locale.code),
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  // The admin speaks English, Spanish or Russian: each user picks, the browser's language first.
  i18n: {
    supportedLanguages: { en, es, ru },
    fallbackLanguage: 'en',
    // Payload's Russian list search says "Искать по" and drops the field's name.
    translations: { ru: { general: { searchBy: 'Искать по полю «{{label}}»' } } },
  },
  // Content in three languages. The public pages read with `fallbackLocale: false` (src/data/):
  // a missing translation is missing there, never English under a Spanish address. `fallback`
  // stays on for the APIs: with it off, a REST request without ?locale= has no locale at all,
  // and a `where` on a localized field answers 500 (Payload issue 18180). The admin's editor
  // reads without fallback either way.
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // Each language of an article or comparison is published on its own (versions.drafts.localizeStatus).
  experimental: { localizeStatus: true },
  collections: [
    Articles,
    Comparisons,
    CaseStudies,
    Testimonials,
    Tags,
    Authors,
    Media,
    Leads,
    Bookings,
    Users,
  ],
  globals: [Home, SiteSettings, Availability],
  editor: lexicalEditor(),
  db: postgresAdapter({
    // Connections that die (a PostgreSQL restart) are reported, never an uncaughtException; the
    // site answers 503 on /api/health until PostgreSQL is back, and submissions wait for it.
    pg: pgWithErrorListeners((error) =>
      console.warn(`PostgreSQL connection lost: ${error.message}`),
    ),
    pool: {
      connectionString: env.DATABASE_URL,
      connectionTimeoutMillis: 5_000,
    },
    // Schema changes always go through committed migrations, in development too.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // The standalone (Docker) server has no scripts: it applies migrations when Payload starts.
    prodMigrations: migrations,
  }),
  email: nodemailerAdapter({
    defaultFromAddress: mailFrom.address,
    defaultFromName: mailFrom.name,
    transport: createMailTransport(env.SMTP_URL),
    skipVerify: true,
  }),
  sharp,
  // Replicas share Payload's key-value store in Redis; one server keeps it in PostgreSQL.
  ...(env.REDIS_URL && { kv: redisKVAdapter({ redisURL: env.REDIS_URL, keyPrefix: 'payload-kv:' }) }),
  // A scheduled publish that fails marks the document and tells the owner (src/publishing/jobs.ts).
  jobs: withPublishProblemReports({
    tasks: [
      sendLeadEmailsTask(env.EMAIL_RETRY_DELAY_MS),
      sendBookingEmailsTask(env.EMAIL_RETRY_DELAY_MS),
      purgeOldLeadsTask,
    ],
    // Queued emails and scheduled publishing run inside the server every few seconds; the daily
    // purge of old leads has a queue of its own, scheduled and run once a minute.
    autoRun: [
      { cron: '*/5 * * * * *', queue: 'default', limit: 50, disableScheduling: true },
      retentionAutoRun(env.JOBS_AUTORUN === 'true'),
    ],
    shouldAutoRun: () => env.JOBS_AUTORUN === 'true',
    access: { queue: isAdminJobs, run: isAdminJobs, cancel: isAdminJobs },
  }),
  plugins,
  graphQL: {
    maxComplexity: 1000,
    // Nested relationship queries can fan out; nothing public needs more than this.
    validationRules: () => [depthLimit(8)],
    disablePlaygroundInProduction: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  telemetry: false,
})
