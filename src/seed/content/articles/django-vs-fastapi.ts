import { callToAction, code, comparisonTable, doc, h2, h3, p, ul } from '../../lexical'
import type { SeedArticle } from '../../types'

export const article: SeedArticle = {
  slug: 'django-vs-fastapi',
  title: 'Django vs FastAPI: Which Framework Should You Choose for Your Backend?',
  description:
    'An honest, practical comparison of Django and FastAPI from a freelance backend developer: strengths, limitations and when to pick each.',
  publishedAt: '2026-11-18',
  tags: ['python', 'django', 'fastapi'],
  body: doc(
    p(
      'Almost every new client conversation I have eventually reaches the same question: *should we build this in Django or FastAPI?* Sometimes the founder has read that FastAPI is "the modern choice". Sometimes the team already has a Django monolith and wonders whether they are falling behind. I have shipped production systems with both, and my answer is rarely about which framework is better in the abstract. It is about what you are building, who will maintain it, and how much you want the framework to decide for you.',
    ),
    p(
      'This article is the long version of what I tell clients during a first consultation. It is opinionated, but I will try to be fair to both sides.',
    ),

    h2('The quick answer'),
    p(
      'If you are building a **complete product** — users, permissions, an admin back office, a relational data model, emails, maybe some server-rendered pages — choose **Django**. It gives you most of that on day one, and the conventions keep a growing codebase consistent.',
    ),
    p(
      'If you are building a **focused API** — a microservice, a model-serving endpoint, a gateway that spends most of its time waiting on other services — choose **FastAPI**. It is lightweight, fast, async from the ground up, and its type-driven design produces excellent API documentation with almost no effort.',
    ),
    p(
      'If you are not sure, lean towards Django. It is much easier to split a FastAPI service off a working Django application later than to rebuild everything Django gives you for free.',
    ),

    h2('What Django does well'),
    p(
      'Django has been around since 2005, and it shows in the best possible way. Most of the problems you will hit in a typical web application were solved years ago, documented, and hardened by thousands of production deployments.',
    ),
    ul(
      '**The admin.** A working, permission-aware back office generated from your models. For internal tools, support teams and early-stage operations it is often worth more than the rest of the framework combined.',
      '**The ORM and migrations.** Models, relations, aggregations and schema migrations that `makemigrations` writes for you. It covers the vast majority of queries a product needs, and drops to raw SQL cleanly when it does not.',
      '**Authentication and security defaults.** Users, groups, permissions, sessions, password hashing, CSRF protection and clickjacking headers are built in and enabled by default.',
      '**Conventions.** Every Django project looks roughly the same. A new developer can open `models.py`, `views.py` and `urls.py` and find their way around in an afternoon.',
      '**The ecosystem.** [Django REST Framework](https://www.django-rest-framework.org/), Celery integration, `django-allauth`, `django-filter`, `django-storages` and hundreds of other mature packages.',
      '**Documentation.** The [official docs](https://docs.djangoproject.com/) remain some of the best in open source.',
    ),

    h2('What FastAPI does well'),
    p(
      'FastAPI appeared in late 2018 and grew remarkably quickly. It is built on Starlette for the web layer and Pydantic for validation, and it takes a very different approach: give you excellent primitives, then get out of the way.',
    ),
    ul(
      '**Types as the contract.** You declare request and response shapes with Python type hints and Pydantic models; FastAPI uses them for validation, serialisation and editor autocompletion at the same time.',
      '**Automatic documentation.** Every endpoint appears in an OpenAPI schema, with interactive Swagger UI at `/docs` and ReDoc at `/redoc`. Frontend and mobile teams love this.',
      '**Native async.** Endpoints defined with `async def` run on the event loop, which makes FastAPI a great fit for services that spend their time calling other APIs, queues or caches.',
      '**Dependency injection.** `Depends()` is a simple, explicit way to share database sessions, authentication and configuration between endpoints, and it makes testing easy to override.',
      '**Small surface area.** A working service fits in a single file, starts in milliseconds and has few moving parts — ideal for containers and serverless deployments.',
      '**Raw throughput.** On an ASGI server such as Uvicorn, FastAPI handles noticeably more requests per second than a typical Django setup for simple endpoints.',
    ),

    h2('Head-to-head comparison'),
    p(
      'Here is how the two compare on the points that usually decide a project. Keep in mind that a row like "Performance" matters far less than it looks: in most applications I audit, the database is the bottleneck, not the framework.',
    ),
    comparisonTable('django-vs-fastapi'),

    h2('When to choose Django'),
    h3('You are building a product, not just an API'),
    p(
      'SaaS platforms, marketplaces, booking systems, internal dashboards: anything with a real domain model and several kinds of users. Django handles the boring-but-essential parts so your budget goes into the features that make your product different.',
    ),
    h3('Non-developers need to manage data'),
    p(
      'If operations, support or content people need to view and edit records, the Django admin gives them a usable interface immediately. Building the equivalent by hand in a FastAPI project is a multi-week job that nobody budgets for.',
    ),
    h3('The team will change over time'),
    p(
      'Conventions are an underrated feature. When a startup hands its codebase over to a new team — or to a freelancer like me — a Django project is predictable. A FastAPI project reflects whatever structure its first developer invented, for better or worse.',
    ),

    h2('When to choose FastAPI'),
    p(
      'FastAPI shines when the scope is narrow and well defined. I reach for it when a client needs a **machine learning model behind an HTTP endpoint**, a **service that aggregates several third-party APIs**, a **webhook receiver or real-time gateway** with lots of concurrent connections, or a **small internal microservice** that sits next to an existing system and owns one clear responsibility.',
    ),
    p(
      'It is also a good choice when your team already thinks in types and your API consumers care about an accurate, always-current OpenAPI schema — for example, when you generate TypeScript clients for the frontend from it.',
    ),

    h2('Limitations'),
    p('Neither framework is free of trade-offs. These are the ones I see bite teams in practice.'),
    h3("Django's limitations"),
    ul(
      '**Async is still partial.** Django supports async views and, since 4.1, async ORM methods like `aget()` and `acount()`, but database access still runs in a thread pool under the hood. You do not get the full benefit of an async stack.',
      '**It is heavy for tiny services.** For a single endpoint that wraps a model, Django brings a lot of machinery you will never use.',
      '**API development needs DRF.** Django REST Framework is excellent but adds its own layer of concepts — serializers, viewsets, routers — and its serializers can be slow for large payloads.',
      '**Conventions can feel rigid.** If your architecture does not look like a classic web application, you may spend time fighting the framework.',
    ),
    h3("FastAPI's limitations"),
    ul(
      '**You assemble everything yourself.** ORM (usually SQLAlchemy), migrations (Alembic), authentication, admin, background jobs and settings are all separate decisions, each with its own learning curve.',
      '**No standard project structure.** Small projects are a joy; large ones drift into inconsistency unless someone enforces a layout from the start.',
      '**Async is easy to misuse.** A single blocking call — a synchronous database driver, `requests`, heavy CPU work — inside an `async def` endpoint stalls the whole event loop.',
      '**A younger ecosystem.** There are good libraries, but fewer battle-tested, all-in-one solutions for problems Django solved a decade ago.',
    ),

    h2('Can you use both?'),
    p(
      'Yes, and in some projects it is the best answer. A pattern I have used successfully is to keep Django as the core — models, migrations, admin, business logic — and add a FastAPI application for a high-traffic, async-friendly part of the API. Both are ASGI applications, so they can run in the same process: FastAPI handles its own routes and mounts Django for everything else.',
    ),
    code(
      'python',
      `
# config/asgi.py
import os

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')

from django.core.asgi import get_asgi_application

# Calls django.setup(), so Django models can be imported afterwards.
django_app = get_asgi_application()

from fastapi import FastAPI, HTTPException  # noqa: E402

from orders.models import Order  # noqa: E402

app = FastAPI(title='Orders API')


@app.get('/api/v2/orders/{order_id}')
async def get_order(order_id: int) -> dict:
    try:
        order = await Order.objects.aget(pk=order_id)
    except Order.DoesNotExist:
        raise HTTPException(status_code=404, detail='Order not found')
    return {'id': order.pk, 'status': order.status, 'total': str(order.total)}


# Everything FastAPI does not handle falls through to Django (admin, pages, DRF).
app.mount('/', django_app)
`,
    ),
    p(
      'You run it with `uvicorn config.asgi:app`. The FastAPI routes are registered before the mount, so they take precedence; everything else — the admin, existing DRF endpoints, server-rendered pages — goes to Django. Both sides share the same models and the same database.',
    ),
    p(
      'One gotcha: Django closes stale database connections at the end of its own requests, and FastAPI routes do not trigger that. Keep `CONN_MAX_AGE` at `0` for this process or call `close_old_connections()` yourself. The simpler alternative, if the two parts can live separately, is to run them as two services against the same PostgreSQL database, with Django owning the migrations.',
    ),

    h2('My recommendation'),
    p(
      'For most of the clients I work with — startups and small companies building a product — **Django is the right default**. It gets a complete, secure application into production faster, it is easier to hand over to other developers, and its performance is more than enough once the database queries are in good shape.',
    ),
    p(
      'I recommend **FastAPI** when the project is genuinely API-only and narrow in scope, when high concurrency is a real requirement rather than a hypothetical one, or when the core of the service is a machine learning model. And when a Django application grows a part with very different needs, adding a FastAPI service next to it is a perfectly reasonable step — not a rewrite.',
    ),
    p(
      'The worst choice is picking a framework because it is fashionable, then spending months rebuilding what the other one would have given you. If you would like a second opinion on your specific case, that is exactly what my free initial consultation is for.',
    ),
    callToAction(),
  ),
}
