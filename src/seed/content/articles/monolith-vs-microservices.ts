import { callToAction, code, doc, h2, h3, ol, p, quote, ul } from '../../lexical'
import type { SeedArticle } from '../../types'

export const article: SeedArticle = {
  slug: 'when-a-monolith-beats-microservices',
  title: 'When a Monolith Beats Microservices',
  description:
    'Why I usually advise small teams to start with a well-structured monolith, and the specific signals that mean it is time to split.',
  publishedAt: '2026-07-21',
  tags: ['architecture'],
  body: doc(
    p(
      'A surprising number of early-stage projects I am asked to review have more services than developers. A team of three maintains an authentication service, a user service, a notifications service, an API gateway and a message broker — and spends most of its week on deployment pipelines rather than on the product.',
    ),
    p(
      'Microservices solve real problems. They are just not the problems most small teams have. This article explains when I recommend a monolith, how to build one that does not turn into a mess, and what would make me change my mind.',
    ),

    h2('What microservices actually buy you'),
    p(
      'It helps to be precise about the benefits, because they are often described vaguely as "scalability". In practice, splitting a system into services gives you:',
    ),
    ul(
      '**Independent deployment.** Team A can release without coordinating with team B.',
      '**Independent scaling.** A CPU-hungry image processor can run on different machines from the web API.',
      '**Fault isolation.** A memory leak in one component does not take down the others.',
      '**Technology freedom.** A component can use a different language or runtime when it genuinely needs to.',
    ),
    p(
      'Notice that the first benefit is organisational. Microservices are, above all, a way to let many teams work in parallel. If you have one team, you are paying for a coordination tool you do not need.',
    ),

    h2('What they cost'),
    p(
      'Every boundary between services replaces a function call with a network call. That one change brings a long list of consequences:',
    ),
    ul(
      'Calls can fail, time out or arrive twice, so you need retries, idempotency and timeouts everywhere.',
      'Transactions no longer span the whole operation; you need sagas, outbox tables or careful compensation logic.',
      'Debugging a request means correlating logs and traces across several processes.',
      'Local development needs several services, databases and a broker running at once.',
      'Refactoring across boundaries requires versioned APIs and coordinated releases.',
    ),
    quote(
      'A monolith with a bad internal structure becomes a big ball of mud. A set of microservices with bad boundaries becomes a distributed big ball of mud — which is the same problem, only slower and harder to debug.',
    ),

    h2('When a monolith wins'),
    p('In my experience a single deployable application is the better choice when:'),
    ol(
      'You have **one team**, or a few teams that already talk to each other daily.',
      'The **domain is still changing**. Early products move boundaries constantly, and moving code between modules is much cheaper than moving it between services.',
      'Your **load fits on a few servers**. A well-tuned Django or FastAPI application behind a load balancer handles far more traffic than most products will ever see.',
      'You need **strong consistency**. Orders, payments and stock levels are easiest to keep correct inside one database transaction.',
      'Your **operations budget is small**. One application, one database and one background worker are something a small team can run confidently.',
    ),

    h2('Build a modular monolith'),
    p(
      'A monolith does not have to be a tangle. The goal is to get the main advantage of services — clear boundaries — without the network. In a Django project, that means treating each app as a module with a deliberate public interface.',
    ),
    h3('Give each module a public API'),
    p(
      'Other modules should call a small set of functions, not reach into models and querysets directly. A `services.py` per app works well:',
    ),
    code(
      'python',
      `
# billing/services.py — the only module other apps may import from billing
from decimal import Decimal

from billing.models import Invoice


def create_invoice(*, customer_id: int, amount: Decimal, reference: str) -> int:
    """Create an invoice and return its id. Callers never touch Invoice directly."""
    invoice = Invoice.objects.create(
        customer_id=customer_id,
        amount=amount,
        reference=reference,
    )
    return invoice.pk


def is_paid(invoice_id: int) -> bool:
    return Invoice.objects.filter(pk=invoice_id, paid_at__isnull=False).exists()
`,
    ),
    p(
      'The `orders` app calls `billing.services.create_invoice()` and stores the returned ID. It never imports `billing.models`. If billing ever becomes a separate service, that function becomes an HTTP or queue client, and the callers do not change.',
    ),
    h3('Enforce the boundaries'),
    p(
      "Conventions erode under deadline pressure, so automate them. A tool such as `import-linter` can fail the build when one app imports another app's internals:",
    ),
    code(
      'bash',
      `
pip install import-linter
lint-imports  # reads the contracts from setup.cfg, .importlinter or pyproject.toml
`,
    ),
    h3('Communicate with events where it helps'),
    p(
      "For side effects that do not need to happen in the same transaction — sending emails, updating search indexes, notifying a CRM — publish a domain event and let a background worker handle it. Django's `transaction.on_commit()` plus a Celery task is a simple, reliable starting point.",
    ),

    h2('Signals that it is time to split'),
    p(
      'I am not against microservices; I am against adopting them before they pay off. These are the signals that make me recommend extracting a service:',
    ),
    ul(
      "Several teams regularly block each other's releases.",
      'One component has resource needs that are radically different from the rest — GPU inference, heavy video processing, a huge number of long-lived connections.',
      'A part of the system needs a different availability or compliance guarantee, such as payment card handling.',
      "A module's boundary has been stable for a long time, with few changes crossing it.",
    ),
    p(
      'When those signals appear, a modular monolith makes the split straightforward: you extract one module with an already-defined interface, instead of untangling a web of imports. Start with the boundary that hurts the most, extract one service, and learn from it before doing the next.',
    ),

    h2('The bottom line'),
    p(
      'For most startups and small companies, a well-structured monolith is faster to build, cheaper to run and easier to change. Put the effort into clear module boundaries, not into infrastructure. You keep the option to split later — and you will know much better where the seams are.',
    ),
    callToAction({
      heading: 'Unsure how to structure your system?',
      text: 'In a free 30-minute initial consultation we can go through your architecture and decide what should stay together and what, if anything, should be split out.',
    }),
  ),
}
