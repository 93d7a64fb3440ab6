/** The Spanish interface text (key for key the English catalog, en.ts). */
import type { Messages } from './en'

export const es: Messages = {
  site: {
    skipToContent: 'Saltar al contenido',
    mainNavigation: 'Principal',
    languages: 'Idioma',
    rssFeed: 'Feed RSS',
    telegram: 'Telegram @{handle}',
    home: 'Inicio',
    articles: 'Artículos',
    breadcrumb: 'Ruta de navegación',
    tags: 'Etiquetas',
  },
  home: {
    latest: 'Últimos artículos',
    allArticles: 'Todos los artículos →',
  },
  list: {
    title: 'Todos los artículos',
    description: 'Todos los artículos, del más reciente al más antiguo.',
    pageTitle: 'Todos los artículos, página {page}',
    empty: 'Todavía no hay artículos.',
    pagination: 'Paginación',
    newer: '← Artículos más recientes',
    older: 'Artículos anteriores →',
    pageOf: 'Página {page} de {total}',
  },
  article: {
    readingTime: '{minutes, plural, one {# min de lectura} other {# min de lectura}}',
    by: 'Por',
    inCity: ' en {city}',
    contents: 'Contenido',
    related: 'Artículos relacionados',
  },
  tag: {
    title: 'Artículos sobre {name}',
    description: 'Artículos sobre {name}.',
    empty: 'Todavía no hay artículos con esta etiqueta.',
  },
  comparison: {
    title: '{title}: comparativa punto por punto',
    description: '{a} y {b}, comparados punto por punto.',
    feature: 'Aspecto',
    fullComparison: '(comparativa completa)',
    verdict: 'Veredicto',
    articles: 'Artículos con esta comparativa',
  },
  cta: {
    label: 'Llamada a la acción',
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'La página que buscas no existe o ha cambiado de dirección.',
    home: 'Ir a la página de inicio',
    or: 'o',
    articles: 'ver todos los artículos',
  },
  preview: {
    draft: 'Vista previa del borrador',
    preview: 'Vista previa',
    unpublished: 'Estás viendo cambios sin publicar.',
    exit: 'Salir de la vista previa',
  },
  adminBar: {
    label: 'Administración',
    signedInAs: 'Sesión iniciada como {email}',
    edit: 'Editar esta página',
    admin: 'Administración',
    logOut: 'Cerrar sesión',
  },
}
