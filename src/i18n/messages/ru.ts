/** The Russian interface text (key for key the English catalog, en.ts). */
import type { Messages } from './en'

export const ru: Messages = {
  site: {
    skipToContent: 'Перейти к содержанию',
    mainNavigation: 'Основное меню',
    languages: 'Язык',
    rssFeed: 'RSS-лента',
    telegram: 'Telegram @{handle}',
    home: 'Главная',
    articles: 'Статьи',
    breadcrumb: 'Навигационная цепочка',
    tags: 'Теги',
  },
  home: {
    latest: 'Новые статьи',
    allArticles: 'Все статьи →',
  },
  list: {
    title: 'Все статьи',
    description: 'Все статьи, сначала новые.',
    pageTitle: 'Все статьи, страница {page}',
    empty: 'Статей пока нет.',
    pagination: 'Страницы',
    newer: '← Более новые статьи',
    older: 'Более ранние статьи →',
    pageOf: 'Страница {page} из {total}',
  },
  article: {
    readingTime:
      '{minutes, plural, one {# минута чтения} few {# минуты чтения} many {# минут чтения} other {# минуты чтения}}',
    by: 'Автор:',
    inCity: ', {city}',
    contents: 'Содержание',
    related: 'Похожие статьи',
  },
  tag: {
    title: 'Статьи по теме «{name}»',
    description: 'Статьи по теме «{name}».',
    empty: 'Статей с этим тегом пока нет.',
  },
  comparison: {
    title: '{title}: подробное сравнение',
    description: 'Сравнение {a} и {b} по всем пунктам.',
    feature: 'Критерий',
    fullComparison: '(полное сравнение)',
    verdict: 'Вывод',
    articles: 'Статьи с этим сравнением',
  },
  cta: {
    label: 'Призыв к действию',
  },
  notFound: {
    title: 'Страница не найдена',
    text: 'Страница, которую вы ищете, не существует или была перемещена.',
    home: 'Перейти на главную',
    or: 'или',
    articles: 'посмотреть все статьи',
  },
  preview: {
    draft: 'Предпросмотр черновика',
    preview: 'Предпросмотр',
    unpublished: 'Вы видите неопубликованные изменения.',
    exit: 'Выйти из предпросмотра',
  },
  adminBar: {
    label: 'Администрирование',
    signedInAs: 'Вы вошли как {email}',
    edit: 'Редактировать страницу',
    admin: 'Админка',
    logOut: 'Выйти',
  },
}
