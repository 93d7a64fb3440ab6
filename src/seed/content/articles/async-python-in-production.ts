import { callToAction, code, doc, h2, h3, ol, p, quote, ul } from '../../lexical'
import type { SeedArticle } from '../../types'

export const article: SeedArticle = {
  slug: 'async-python-in-production',
  title: 'Async Python in Production: What Actually Gets Faster',
  description:
    'Async Python makes some workloads dramatically faster and others slower. What changes in production, with FastAPI examples and common pitfalls.',
  publishedAt: '2026-10-06',
  tags: ['python', 'performance', 'fastapi'],
  body: doc(
    p(
      'I regularly meet teams who rewrote a service with `async def` everywhere and saw no improvement — or saw it get slower under load. Async Python is a powerful tool, but it speeds up one specific thing: **waiting**. If you understand that, you can predict quite accurately whether it will help your project.',
    ),

    h2('What async actually does'),
    p(
      'An asyncio program runs on a single thread with an event loop. When a coroutine reaches an `await` on something slow — a network response, a database query, a timer — it yields control, and the loop runs another coroutine in the meantime. Nothing runs in parallel; the gain comes from not sitting idle.',
    ),
    quote(
      'Async does not make your code faster. It lets one process wait for many things at the same time.',
    ),
    p(
      "That leads to a simple rule of thumb: the more of a request's time is spent waiting on I/O, the more async helps. The more time is spent computing in Python, the less it helps — and a blocking call can make things worse.",
    ),

    h2('What gets faster'),
    h3('Fan-out to other services'),
    p(
      'The clearest win is an endpoint that calls several independent APIs. Sequentially, the response time is the sum of all calls; concurrently, it is roughly the slowest one.',
    ),
    code(
      'python',
      `
import asyncio

import httpx
from fastapi import FastAPI

app = FastAPI()
client = httpx.AsyncClient(timeout=5.0)


@app.get('/dashboard/{customer_id}')
async def dashboard(customer_id: int) -> dict:
    profile, invoices, tickets = await asyncio.gather(
        client.get(f'https://crm.internal/customers/{customer_id}'),
        client.get(f'https://billing.internal/invoices?customer={customer_id}'),
        client.get(f'https://support.internal/tickets?customer={customer_id}'),
    )
    return {
        'profile': profile.json(),
        'invoices': invoices.json(),
        'tickets': tickets.json(),
    }
`,
    ),
    p(
      'If each call takes 200 ms, the sequential version needs around 600 ms and this one around 200 ms. In a real service, create the client in the application `lifespan` and close it on shutdown, rather than at module level as in this short example.',
    ),
    h3('Many slow, concurrent connections'),
    p(
      'WebSockets, server-sent events, long polling and webhook receivers that forward requests elsewhere all hold connections open while doing very little work. An async server can keep thousands of these in one process, where a thread-per-request server would run out of threads or memory.',
    ),

    h2('What does not get faster'),
    ul(
      '**CPU-bound work.** Parsing huge files, image processing, running a model, heavy Pydantic validation of large payloads: the event loop is busy, so nothing else runs. Use a process pool or a task queue instead.',
      '**A single slow database query.** Async will not make PostgreSQL answer sooner. Fix the query, add an index or cache the result.',
      '**Simple CRUD endpoints.** If each request runs one or two fast queries, a synchronous Django or FastAPI app with enough workers performs about the same.',
    ),

    h2('The pitfall that makes things slower'),
    p(
      'The most damaging mistake is calling blocking code inside an `async def` function: `requests.get()`, a synchronous database driver, `time.sleep()`, reading a large file. While that call runs, the entire event loop is frozen — every other request handled by that process waits too.',
    ),
    p(
      'FastAPI gives you an escape hatch that many people do not know about: endpoints declared with a plain `def` run in a thread pool, so blocking code there does not freeze the loop. For blocking calls inside an async function, offload them explicitly:',
    ),
    code(
      'python',
      `
import asyncio


@app.post('/reports')
async def create_report(payload: ReportRequest) -> ReportResponse:
    data = await fetch_data(payload)  # truly async I/O
    # Blocking library call: run it in a worker thread instead of on the event loop.
    pdf_bytes = await asyncio.to_thread(render_pdf, data)
    return await store_report(pdf_bytes)
`,
    ),
    p(
      'To find blocking calls you missed, run the service locally with asyncio debug mode. It logs every callback that holds the loop for longer than 100 ms:',
    ),
    code(
      'bash',
      `
PYTHONASYNCIODEBUG=1 uvicorn app.main:app --log-level debug
`,
    ),

    h2('Production details that matter'),
    ol(
      "**Size your connection pools.** SQLAlchemy's async engine defaults to a pool of 5 connections plus 10 overflow. With high concurrency, coroutines queue for a connection, and that waiting looks like a slow database. Tune `pool_size` and `max_overflow` against your database's connection limit.",
      '**Set timeouts everywhere.** With thousands of concurrent requests, one slow dependency without a timeout can tie up everything. Use client timeouts and `asyncio.timeout()` (Python 3.11+) around critical sections.',
      '**Limit concurrency deliberately.** An `asyncio.Semaphore` around calls to a rate-limited API prevents you from overwhelming it the moment traffic spikes.',
      '**Still run several workers.** One event loop uses one CPU core. Run multiple Uvicorn workers (or several containers) to use the whole machine.',
      '**Measure before and after.** Load-test with realistic traffic using a tool like Locust or k6, and compare p95 latency, not just averages.',
    ),

    h2('What about Django?'),
    p(
      'Django supports async views, and since 4.1 the ORM offers async methods such as `aget()` and `afirst()`. Under the hood, though, queries still run in a thread via `sync_to_async`. Async Django is useful for views that call external APIs or stream responses; for ordinary database-driven pages, a classic WSGI setup with Gunicorn workers remains simple and fast.',
    ),

    h2('My rule of thumb'),
    p(
      'Go async when a meaningful share of request time is spent waiting on the network and you need high concurrency per process. Stay synchronous when your endpoints are mostly database CRUD, or when your team is not yet comfortable with the failure modes. Both can be fast; only one of them is easy to get wrong.',
    ),
    callToAction(),
  ),
}
