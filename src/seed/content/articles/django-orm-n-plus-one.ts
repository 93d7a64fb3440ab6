import { callToAction, code, doc, h2, h3, ol, p, quote, ul } from '../../lexical'
import type { SeedArticle } from '../../types'

export const article: SeedArticle = {
  slug: 'django-orm-n-plus-one-queries',
  title: 'Django ORM Performance: Finding and Fixing N+1 Queries',
  description:
    'The N+1 query problem is the most common Django performance issue I find in audits. How to spot it, fix it and stop it from coming back.',
  publishedAt: '2026-06-12',
  tags: ['django', 'performance', 'python'],
  body: doc(
    p(
      'When a client tells me their Django application "got slow", I start in the same place almost every time: counting database queries. In the majority of performance audits I do, the biggest single win is fixing N+1 queries — and the fix is usually a one-line change.',
    ),

    h2('What an N+1 query looks like'),
    p(
      'The ORM is lazy: related objects are loaded the first time you access them. That is convenient, but inside a loop it turns one query into many. Consider a list of orders showing the customer name:',
    ),
    code(
      'python',
      `
orders = Order.objects.filter(status='paid')[:50]

for order in orders:
    # Each access to order.customer runs a new SELECT.
    print(order.number, order.customer.name)
`,
    ),
    p(
      'That is one query for the orders, plus one query per order for its customer: 51 queries for 50 rows. Add `order.items.all()` in the template and you are at 101. Each query may take only a millisecond, but network round trips add up fast, and the page gets slower as the data grows.',
    ),
    quote(
      'N+1 queries are invisible in development, where you have ten rows in the database, and painful in production, where you have ten thousand.',
    ),

    h2('How to find them'),
    p('You cannot fix what you do not measure. These are the tools I use, in roughly this order:'),
    ol(
      '**django-debug-toolbar** in development. The SQL panel shows every query for a page, highlights duplicates and tells you where each one came from.',
      '**Query logging.** Set the `django.db.backends` logger to `DEBUG` to print every query while running a management command or a test.',
      '**Query-count tests.** `assertNumQueries` locks the expected query count for important views, so regressions fail CI instead of reaching production.',
      '**APM in production.** Tools such as Sentry performance monitoring or OpenTelemetry traces show which endpoints run hundreds of queries under real traffic.',
    ),

    h2('Fixing it: select_related and prefetch_related'),
    h3('select_related for foreign keys'),
    p(
      'For forward `ForeignKey` and `OneToOneField` relations, `select_related()` adds a SQL `JOIN` and fetches the related rows in the same query:',
    ),
    code(
      'python',
      `
orders = Order.objects.filter(status='paid').select_related('customer', 'customer__company')[:50]
`,
    ),
    p('The loop above now runs exactly one query, however many orders there are.'),
    h3('prefetch_related for many-to-many and reverse relations'),
    p(
      'For reverse foreign keys (`order.items`) and many-to-many fields, a join would duplicate rows, so Django uses `prefetch_related()` instead. It runs one extra query per relation and stitches the results together in Python:',
    ),
    code(
      'python',
      `
from django.db.models import Prefetch

orders = (
    Order.objects.filter(status='paid')
    .select_related('customer')
    .prefetch_related(
        Prefetch(
            'items',
            queryset=OrderItem.objects.select_related('product').order_by('position'),
        )
    )
)
`,
    ),
    p(
      'This is three queries in total: orders with customers, order items with products, and nothing else. The `Prefetch` object lets you filter, order and even `select_related` inside the prefetched queryset.',
    ),
    p(
      'One trap: calling `.filter()` or `.order_by()` on a prefetched relation inside the loop — for example `order.items.filter(active=True)` — ignores the prefetch cache and hits the database again. Put the filter in the `Prefetch` queryset, optionally with `to_attr`, instead.',
    ),

    h2('Counting without loading'),
    p(
      'Another common pattern is displaying counts: "12 comments", "3 open tickets". Calling `.count()` per row is another N+1. Let the database do the aggregation:',
    ),
    code(
      'python',
      `
from django.db.models import Count, Q

projects = Project.objects.annotate(
    open_tickets=Count('tickets', filter=Q(tickets__status='open')),
)
`,
    ),
    p(
      'Each project now carries an `open_tickets` attribute computed in a single query with a `GROUP BY`.',
    ),

    h2('Do not load what you do not use'),
    p(
      'Once the query count is under control, look at what each query returns. A few habits that help:',
    ),
    ul(
      'Use `only()` or `defer()` to skip large text or JSON columns on list pages.',
      'Use `values_list(..., flat=True)` when you only need IDs, for example to build a filter for another query.',
      'Use `exists()` instead of `count()` or truthiness checks when you only need to know whether something is there.',
      'Use `iterator()` for large exports so Django does not cache millions of model instances in memory.',
      'Check `EXPLAIN` output for slow queries and add indexes via `Meta.indexes` rather than guessing.',
    ),

    h2('Django REST Framework serializers'),
    p(
      'DRF makes N+1 queries especially easy to write, because nested serializers hide the attribute access. A `CustomerSerializer` nested inside an `OrderSerializer` triggers a query per order unless the view prepares the queryset. My rule: every list view overrides `get_queryset()` with the `select_related` and `prefetch_related` calls its serializer needs, and has a test asserting the query count.',
    ),
    code(
      'python',
      `
class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer

    def get_queryset(self):
        return Order.objects.select_related('customer').prefetch_related('items__product')


def test_order_list_query_count(api_client, django_assert_num_queries, orders):
    # orders + customers, then items + products (pagination adds one COUNT query)
    with django_assert_num_queries(2):
        api_client.get('/api/orders/')
`,
    ),
    p(
      'The exact number depends on your authentication and pagination setup, so measure first and then lock it in. What matters is that the number stays constant as the data grows.',
    ),

    h2('A checklist for your next audit'),
    ol(
      'Install django-debug-toolbar and open your five most-used pages.',
      'Look for duplicated queries and fix them with `select_related` or `prefetch_related`.',
      'Replace per-row counts and sums with `annotate()`.',
      'Add `assertNumQueries` tests to the views you just fixed.',
      'Only then consider caching — caching a page that runs 300 queries just hides the problem until the cache expires.',
    ),
    p(
      'None of this requires a rewrite or a new framework. In most projects a few days of focused work brings response times down by an order of magnitude.',
    ),
    callToAction({
      heading: 'Is your Django app getting slower?',
      text: 'I offer a free 30-minute initial consultation. We can look at your slowest pages together and I will tell you where I would start.',
    }),
  ),
}
