import type { SeedArticle } from '../../types'
import { article as asyncPythonInProduction } from './async-python-in-production'
import { article as djangoOrmNPlusOne } from './django-orm-n-plus-one'
import { article as djangoVsFastapi } from './django-vs-fastapi'
import { article as monolithVsMicroservices } from './monolith-vs-microservices'
import { article as structuringFastapiProjects } from './structuring-fastapi-projects'

/** Newest first. */
export const articles: SeedArticle[] = [
  djangoVsFastapi,
  asyncPythonInProduction,
  structuringFastapiProjects,
  monolithVsMicroservices,
  djangoOrmNPlusOne,
]
