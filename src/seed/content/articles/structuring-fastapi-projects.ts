import { callToAction, code, doc, h2, h3, ol, p, ul } from '../../lexical'
import type { SeedArticle } from '../../types'

export const article: SeedArticle = {
  slug: 'structuring-a-fastapi-project-that-grows',
  title: 'Structuring a FastAPI Project That Grows',
  description:
    'FastAPI gives you no project layout. Here is the structure I use so a service stays easy to navigate at fifty endpoints, not just five.',
  publishedAt: '2026-08-27',
  tags: ['fastapi', 'architecture', 'python'],
  body: doc(
    p(
      'FastAPI tutorials fit in one file, and that is part of the appeal. The trouble starts a few months later, when `main.py` is 2,000 lines long, database sessions are created in three different ways and nobody is sure where business rules live. Unlike Django, FastAPI does not impose a structure, so you have to choose one deliberately — ideally before the second developer joins.',
    ),
    p(
      'This is the layout I use for client projects. It is not the only good one, but it has survived several services growing from a prototype to dozens of endpoints.',
    ),

    h2('Organise by feature, not by layer'),
    p(
      'The most common mistake I see is a top-level split into `models/`, `schemas/`, `routers/` and `services/`. It looks tidy, but every change touches four folders, and nothing tells you which pieces belong together. I group code by domain feature instead, with a small shared core:',
    ),
    code(
      'text',
      `
app/
├── main.py              # create_app(), lifespan, router registration
├── core/
│   ├── config.py        # Settings (pydantic-settings)
│   ├── db.py            # engine, session factory, get_session dependency
│   └── security.py      # password hashing, token handling
├── orders/
│   ├── router.py        # HTTP layer: paths, status codes, dependencies
│   ├── schemas.py       # Pydantic request/response models
│   ├── models.py        # SQLAlchemy models
│   ├── service.py       # business rules, no HTTP concepts
│   └── repository.py    # queries
├── customers/
│   └── ...
migrations/              # Alembic
tests/
├── orders/
└── conftest.py
`,
    ),
    p(
      'When a feature is removed or extracted into its own service, you move one folder. When someone new asks "where is the order logic?", the answer is obvious.',
    ),

    h2('Keep routers thin'),
    p(
      'A router should translate HTTP into a function call and back: parse the input, call a service, map the result or exception to a response. Business rules do not belong there, because they are hard to test through HTTP and impossible to reuse from a background worker or a CLI command.',
    ),
    code(
      'python',
      `
# app/orders/router.py
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import get_session
from app.orders import service
from app.orders.schemas import OrderCreate, OrderRead

router = APIRouter(prefix='/orders', tags=['orders'])

SessionDep = Annotated[AsyncSession, Depends(get_session)]


@router.post('', response_model=OrderRead, status_code=status.HTTP_201_CREATED)
async def create_order(payload: OrderCreate, session: SessionDep) -> OrderRead:
    try:
        order = await service.create_order(session, payload)
    except service.OutOfStockError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=str(exc)) from exc
    return OrderRead.model_validate(order)
`,
    ),
    p(
      'Notice that the service raises a domain exception, `OutOfStockError`, not an `HTTPException`. The service does not know it is being called from a web request, which is exactly the point.',
    ),

    h2('Configuration in one place'),
    p(
      'Read environment variables once, validate them at startup and inject them where needed. The `pydantic-settings` package does this well:',
    ),
    code(
      'python',
      `
# app/core/config.py
from functools import lru_cache

from pydantic import PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file='.env', env_prefix='APP_')

    database_url: PostgresDsn
    debug: bool = False
    allowed_origins: list[str] = []


@lru_cache
def get_settings() -> Settings:
    return Settings()
`,
    ),
    p(
      'A missing or malformed variable now fails at startup with a clear error, instead of at 3 a.m. when the first request hits the code path that needs it. In tests, override `get_settings` through `app.dependency_overrides`.',
    ),

    h2('One way to get a database session'),
    p(
      'In projects I inherit, database sessions are often created ad hoc: a global session here, a context manager there, a forgotten `commit()` somewhere else. I define exactly one dependency that opens a session per request and always closes it, which rolls back anything that was not committed:',
    ),
    code(
      'python',
      `
# app/core/db.py
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.core.config import get_settings

engine = create_async_engine(str(get_settings().database_url), pool_pre_ping=True)
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionFactory() as session:
        yield session
`,
    ),
    p(
      'Services receive the session as an argument, and each service function that implements a complete use case commits once at its end. I avoid committing in the code after `yield`: depending on the FastAPI version, that code can run after the response has been sent, so a failed commit could reach the client as a success. Passing the session in explicitly also lets tests use a session bound to a transaction that is rolled back at the end.',
    ),

    h2('An application factory and a lifespan'),
    p(
      'Build the app in a function rather than at import time. It makes tests independent of each other and gives you one obvious place to register routers, middleware and startup logic. Use the `lifespan` context manager for resources such as database engines and HTTP clients:',
    ),
    code(
      'python',
      `
# app/main.py
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.core.db import engine
from app.customers.router import router as customers_router
from app.orders.router import router as orders_router


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await engine.dispose()


def create_app() -> FastAPI:
    app = FastAPI(title='Shop API', lifespan=lifespan)
    app.include_router(orders_router, prefix='/api/v1')
    app.include_router(customers_router, prefix='/api/v1')
    return app


app = create_app()
`,
    ),

    h2('Rules that keep the structure honest'),
    p(
      'A folder layout only helps if people follow it. These are the rules I write into the README:',
    ),
    ol(
      'Routers import services; services never import routers or anything from `fastapi`.',
      "Features talk to each other through their `service.py`, never by importing another feature's models or repository directly.",
      'Pydantic schemas are for the API boundary; SQLAlchemy models are for persistence. Do not return ORM objects straight from endpoints without a response model.',
      'Every dependency that touches the outside world — database, HTTP clients, settings — comes through `Depends()`, so tests can override it.',
      'New features start by copying an existing feature folder, so the conventions spread by example.',
    ),
    p(
      'You can enforce the first two automatically with a tool like `import-linter`, which fails CI when a forbidden import appears.',
    ),

    h2('Testing the layers'),
    h3('Services: fast and plentiful'),
    p(
      'Most tests should call service functions directly with a real database session inside a transaction that is rolled back afterwards. They are fast, and they test the rules that matter.',
    ),
    h3('Routers: fewer, end to end'),
    p(
      'A smaller number of tests use `httpx.AsyncClient` with `ASGITransport` against `create_app()` to check status codes, validation errors and authentication. You do not need to re-test every business rule through HTTP.',
    ),

    h2('What I deliberately avoid'),
    ul(
      'Generic base repositories with twenty abstract methods. A plain function with a clear query is easier to read and optimise.',
      'Deep class hierarchies for services. Module-level functions that take a session are usually enough.',
      'Splitting into microservices because the folder structure suggests it. Feature folders make a later split easier; they do not make it necessary.',
    ),
    p(
      'None of this is FastAPI-specific magic. It is the same separation Django encourages through its apps — in FastAPI you simply have to build it yourself.',
    ),
    callToAction(),
  ),
}
