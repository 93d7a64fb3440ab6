/** The `--replicas` run's figures as tables: the article under load, and publish → visible. */
import { printLoadAverage } from './articles-report'
import type { ReplicaFigures } from './replicas'
import { ARTICLE_PAGE, RESULT_FILE, WARMUP_SECONDS } from './settings'
import { PUBLISH_TIMEOUT_MS } from './replica-publish'
import { fixed, table } from './table'

const ms = (value: number | null) =>
  value === null ? `> ${PUBLISH_TIMEOUT_MS} (not seen)` : String(value)

/** Through the proxy, as a share of bare node:http's requests/s. */
const PROXY_AIM = 0.6

export function printReplicasReport(figures: ReplicaFigures) {
  const { replicas, start, load, publish } = figures
  console.log(
    `\nMode: --replicas ${replicas}: npm run start:replicas (${replicas} Next servers, Redis page ` +
      `cache, Varnish in front). Skipped (the normal run measures them): ${figures.skipped.join(', ')}.`,
  )
  printLoadAverage(figures.machine)
  const built = start.built ? 'including next build' : 'the build was current'
  console.log(
    `Start (npm run start:replicas, fresh data dir): ${fixed(start.ms / 1000, 1)} s, ${built}\n`,
  )
  console.log(
    `Load on ${ARTICLE_PAGE}: ${figures.connections} connections, ${WARMUP_SECONDS} s warm-up, ` +
      `${figures.duration} s measured\n`,
  )
  console.log(
    table(
      ['server', 'req/s', 'avg ms', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'x-cache', '÷ bare'],
      load.map(({ server, load: l, ratio, cache }) => [
        server,
        fixed(l.requestsPerSecond),
        fixed(l.latencyAverageMs, 2),
        fixed(l.latencyP50Ms),
        fixed(l.latencyP99Ms),
        String(l.non2xx),
        String(l.errors),
        cache ?? '-',
        fixed(ratio, 3),
      ]),
    ),
  )
  for (const proxy of load.filter((entry) => entry.server.startsWith('proxy'))) {
    const asked = proxy.gzip ? 'with Accept-Encoding: gzip, as browsers ask' : 'no Accept-Encoding'
    console.log(
      `  through the proxy ÷ bare, ${asked}: ${fixed(proxy.ratio, 3)} (aim: ≥ ${PROXY_AIM})`,
    )
  }
  const labels = Object.keys(publish.median)
  console.log(
    `\nPublish → visible: a title saved through replica A (ms from the PATCH answering)\n`,
  )
  console.log(
    table(
      ['round', 'PATCH ms', ...labels.map((label) => `${label} ms`)],
      [
        ...publish.runs.map((run, index) => [
          String(index + 1),
          String(run.patchMs),
          ...labels.map((label) => ms(run.seen[label])),
        ]),
        ['median', '', ...labels.map((label) => ms(publish.median[label]))],
      ],
    ),
  )
  console.log(`\nFigures written to ${RESULT_FILE}`)
}
