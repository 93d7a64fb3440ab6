/** A page's weight: its HTML and the client JavaScript it loads, raw and gzipped. */
import zlib from 'node:zlib'

import { tagsIn } from '../lib/html'

import { fetchPage, type Page } from './http'

type Size = { rawBytes: number; gzipBytes: number }

export type Scripts = Size & { count: number; files: string[] }

export type PageWeight = { path: string; html: Size; scripts: Scripts; noModuleScripts: Scripts }

function sizeOf(body: Buffer): Size {
  return { rawBytes: body.length, gzipBytes: zlib.gzipSync(body).length }
}

function isScriptPreload(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/)
  return rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script')
}

/**
 * Unique /_next/ JavaScript paths of `<script src>` and script preloads in the HTML, split into
 * what every current browser loads and the `nomodule` fallbacks only browsers without ES modules
 * load (a file referenced both ways counts as loaded).
 */
function scriptPaths(html: string, baseUrl: string) {
  const noModuleByPath = new Map<string, boolean>()
  for (const { name, attributes } of tagsIn(html, ['script', 'link'])) {
    const isScript = name === 'script'
    const reference = isScript ? attributes.src : isScriptPreload(attributes) && attributes.href
    if (!reference) continue
    const url = new URL(reference, baseUrl)
    if (!url.pathname.startsWith('/_next/') || !url.pathname.endsWith('.js')) continue
    const key = url.pathname + url.search
    const noModule = isScript && 'nomodule' in attributes
    noModuleByPath.set(key, (noModuleByPath.get(key) ?? true) && noModule)
  }
  const entries = [...noModuleByPath]
  return {
    loaded: entries.filter(([, noModule]) => !noModule).map(([file]) => file),
    noModule: entries.filter(([, noModule]) => noModule).map(([file]) => file),
  }
}

async function measureScripts(siteUrl: string, files: string[]): Promise<Scripts> {
  const scripts = { count: files.length, rawBytes: 0, gzipBytes: 0, files }
  for (const file of files) {
    const size = sizeOf((await fetchPage(siteUrl + file)).body)
    scripts.rawBytes += size.rawBytes
    scripts.gzipBytes += size.gzipBytes
  }
  return scripts
}

export async function measureWeight(
  siteUrl: string,
  pagePath: string,
  page: Page,
): Promise<PageWeight> {
  const { loaded, noModule } = scriptPaths(page.body.toString('utf8'), siteUrl + pagePath)
  return {
    path: pagePath,
    html: sizeOf(page.body),
    scripts: await measureScripts(siteUrl, loaded),
    noModuleScripts: await measureScripts(siteUrl, noModule),
  }
}
