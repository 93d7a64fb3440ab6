/** The bench's kinds of request to the site: a page as served, its gzip bytes, and a JSON post to the API. */
import http from 'node:http'

export type Page = { body: Buffer; contentType: string }

/** The bytes as served, uncompressed (as autocannon receives them). */
export async function fetchPage(url: string): Promise<Page> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`)
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8',
  }
}

export async function postJson(url: string, data: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(data) })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(body)}`)
  }
  return body
}

/**
 * The page's bytes as a browser receives them (`Accept-Encoding: gzip`), still compressed: fetch
 * would unpack them. Null when the server answered uncompressed.
 */
export function fetchGzipped(url: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve(response.headers['content-encoding'] === 'gzip' ? Buffer.concat(chunks) : null),
        )
      })
      .on('error', reject)
  })
}
