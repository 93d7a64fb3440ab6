/**
 * A scheduled publish that fails is never silent. Payload's own `schedulePublish` task (added
 * for `versions.drafts.schedulePublish`) just throws when the draft does not validate, and the
 * document quietly stays a draft. Here that task gets an `onFail` that queues
 * `reportPublishProblem`, which, on the jobs queue like any email:
 *   - marks the document: its `publishProblem` field (a column of its list in the admin) says
 *     why, until a publish goes through (src/fields/publishProblem.ts);
 *   - tells the owner (the site settings' contact email): a short plain message with the reason
 *     and a link to the document in the admin.
 * A failure to send throws, and the queue tries again with backoff, as for the lead emails.
 */
import type { CollectionSlug, JobsConfig, Payload, TaskConfig, TaskHandler } from 'payload'

import type { PublishProblemContext } from '@/fields/publishProblem'
import { getServerEnv } from '@/lib/env'
import type { TaskSchedulePublish } from '@/payload-types'

import { publishProblem } from './check'

/** Payload's task for scheduled publishing (payload/dist/versions/schedule/job.js). */
const SCHEDULE_PUBLISH = 'schedulePublish'
const ATTEMPTS = 5

type Report = {
  collection: CollectionSlug
  id: number | string
  type: 'publish' | 'unpublish'
  scheduledFor?: string | null
  jobId?: number | string | null
}

const toId = (value: string | number) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value

/** Why the schedule failed: the draft's problem now, else what the failed job recorded. */
async function reasonFor(payload: Payload, report: Report): Promise<string> {
  const problem =
    report.type === 'publish'
      ? await publishProblem(payload, { collection: report.collection, id: report.id })
      : null
  if (problem) return problem
  if (report.jobId != null) {
    const job = await payload
      .findByID({ collection: 'payload-jobs', id: report.jobId, depth: 0, disableErrors: true })
      .catch(() => null)
    const message = (job?.error as { message?: unknown } | null | undefined)?.message
    if (typeof message === 'string' && message) return message
  }
  return `The scheduled ${report.type} failed; the server log has the details.`
}

/** One line, as a subject must be. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()

function publishProblemEmail(args: {
  title: string
  type: 'publish' | 'unpublish'
  scheduledFor?: string | null
  problem: string
  adminUrl: string
}) {
  const at = args.scheduledFor ? new Date(args.scheduledFor).toISOString() : null
  const when = at ? ` on ${at.slice(0, 10)} at ${at.slice(11, 16)} UTC` : ''
  const done = args.type === 'publish' ? 'published' : 'unpublished'
  const next =
    args.type === 'publish'
      ? 'The draft has not been published. Fix it, then publish it or schedule it again:'
      : 'It is still published. Unpublish it by hand, or schedule it again:'
  return {
    subject: oneLine(`Scheduled ${args.type} failed: ${args.title}`).slice(0, 200),
    text: [
      `"${args.title}" was scheduled to be ${done}${when}, but it could not be:`,
      '',
      `  ${args.problem}`,
      '',
      next,
      args.adminUrl,
      '',
    ].join('\n'),
  }
}

const reportPublishProblem: TaskHandler<'reportPublishProblem'> = async ({ input, req }) => {
  const { payload } = req
  const report: Report = {
    collection: input.collection as CollectionSlug,
    id: toId(input.id),
    type: input.type === 'unpublish' ? 'unpublish' : 'publish',
    scheduledFor: input.scheduledFor,
    jobId: input.jobId,
  }
  const latest = (await payload.findByID({
    collection: report.collection,
    id: report.id,
    draft: true,
    depth: 0,
    disableErrors: true,
  })) as { title?: string | null; publishProblem?: string | null } | null
  // Deleted since: nothing left to mark or to tell about.
  if (!latest) return { output: {} }
  const problem = await reasonFor(payload, report)

  // A new draft version carries the mark (the admin's list shows the latest version).
  if (latest.publishProblem !== problem) {
    const context: PublishProblemContext & { disableRevalidate: true } = {
      disableRevalidate: true,
      publishProblem: problem,
    }
    await payload.update({
      collection: report.collection,
      id: report.id,
      data: {},
      draft: true,
      depth: 0,
      context,
    })
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const adminUrl = new URL(
    `${payload.config.routes.admin}/collections/${report.collection}/${report.id}`,
    getServerEnv().SITE_URL,
  ).toString()
  const email = publishProblemEmail({
    title: latest.title || `${report.collection} #${report.id}`,
    type: report.type,
    scheduledFor: report.scheduledFor,
    problem,
    adminUrl,
  })
  await payload.sendEmail({ to: settings.contactEmail, subject: email.subject, text: email.text })
  return { output: {} }
}

const reportPublishProblemTask: TaskConfig<'reportPublishProblem'> = {
  slug: 'reportPublishProblem',
  label: 'Report a scheduled publish that failed',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'type', type: 'select', options: ['publish', 'unpublish'], required: true },
    { name: 'scheduledFor', type: 'date' },
    { name: 'jobId', type: 'text' },
  ],
  retries: {
    attempts: ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: getServerEnv().EMAIL_RETRY_DELAY_MS },
  },
  handler: reportPublishProblem,
}

/** `onFail` of Payload's schedulePublish task: queues the report (it never throws itself). */
const queuePublishProblemReport: NonNullable<TaskConfig['onFail']> = async ({
  input,
  job,
  req,
}) => {
  const schedule = input as TaskSchedulePublish['input'] | undefined
  const doc = schedule?.doc
  if (!doc) return
  try {
    await req.payload.jobs.queue({
      task: 'reportPublishProblem',
      input: {
        collection: doc.relationTo,
        id: String(typeof doc.value === 'object' ? doc.value.id : doc.value),
        type: schedule.type === 'unpublish' ? 'unpublish' : 'publish',
        scheduledFor: job.waitUntil ?? null,
        jobId: String(job.id),
      },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Could not queue the report of a failed schedule' })
  }
}

/**
 * The jobs config with the report task, and Payload's schedulePublish task given its `onFail`.
 * Payload adds that task to `tasks` while it builds the config, and only then calls
 * `jobsCollectionOverrides`: that is the first moment the task exists to be hooked. If a later
 * Payload stops adding it there, the start fails here rather than failures going unreported.
 */
export function withPublishProblemReports(jobs: JobsConfig & { tasks: TaskConfig[] }): JobsConfig {
  // Payload pushes its own task into this very array.
  const tasks: TaskConfig[] = [...jobs.tasks, reportPublishProblemTask as TaskConfig]
  return {
    ...jobs,
    tasks,
    jobsCollectionOverrides: ({ defaultJobsCollection }) => {
      const schedulePublish = tasks.find((task) => task.slug === SCHEDULE_PUBLISH)
      if (!schedulePublish) {
        throw new Error(
          `Payload's ${SCHEDULE_PUBLISH} task is not in jobs.tasks: a failed scheduled publish would go unreported.`,
        )
      }
      schedulePublish.onFail = queuePublishProblemReport
      return jobs.jobsCollectionOverrides?.({ defaultJobsCollection }) ?? defaultJobsCollection
    },
  }
}
