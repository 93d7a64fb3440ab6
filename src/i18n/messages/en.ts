/**
 * The English interface text: the catalog every other language must match key for key (es.ts
 * and ru.ts are typed by it). ICU message syntax: `{count, plural, one {…} other {…}}`.
 */
export const en = {
  site: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    languages: 'Language',
    rssFeed: 'RSS feed',
    telegram: 'Telegram @{handle}',
    home: 'Home',
    articles: 'Articles',
    breadcrumb: 'Breadcrumb',
    tags: 'Tags',
  },
  home: {
    latest: 'Latest articles',
    allArticles: 'All articles →',
  },
  list: {
    title: 'All articles',
    description: 'Every article, newest first.',
    pageTitle: 'All articles, page {page}',
    empty: 'No articles yet.',
    pagination: 'Pagination',
    newer: '← Newer articles',
    older: 'Older articles →',
    pageOf: 'Page {page} of {total}',
  },
  article: {
    readingTime: '{minutes, plural, one {# min read} other {# min read}}',
    by: 'By',
    inCity: ' in {city}',
    contents: 'Contents',
    related: 'Related articles',
  },
  tag: {
    title: 'Articles about {name}',
    description: 'Articles about {name}.',
    empty: 'No articles with this tag yet.',
  },
  comparison: {
    title: '{title}: feature-by-feature comparison',
    description: '{a} and {b} compared side by side.',
    feature: 'Feature',
    fullComparison: '(full comparison)',
    verdict: 'Verdict',
    articles: 'Articles with this comparison',
  },
  cta: {
    label: 'Call to action',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you were looking for does not exist or has moved.',
    home: 'Go to the home page',
    or: 'or',
    articles: 'browse all articles',
  },
  preview: {
    draft: 'Draft preview',
    preview: 'Preview',
    unpublished: 'You are seeing unpublished changes.',
    exit: 'Exit preview',
  },
  adminBar: {
    label: 'Admin',
    signedInAs: 'Signed in as {email}',
    edit: 'Edit this page',
    admin: 'Admin',
    logOut: 'Log out',
  },
}

export type Messages = typeof en
