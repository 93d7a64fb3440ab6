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
    // Offered on the English home page to a browser that prefers this language.
    suggestion: 'Prefer to read in English?',
    suggestionLink: 'Read the site in English',
    suggestionClose: 'Close',
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
  form: {
    title: 'Request a free consultation',
    description: 'Tell me about your project: a free initial consultation, no obligation.',
    name: 'Name',
    email: 'Email',
    company: 'Company (optional)',
    projectType: 'Project type',
    chooseOne: 'Choose one',
    budget: 'Budget (optional)',
    budgetUnsaid: 'Prefer not to say',
    message: 'Message',
    messageHint: 'What are you building, and where could you use help? 20–5,000 characters.',
    preferredContact: 'Preferred contact',
    telegram: 'Telegram handle (if you prefer Telegram)',
    consent:
      'I agree that what I send here is stored to answer my request, and deleted after 12 months unless we work together.',
    honeypot: 'Website (leave empty)',
    send: 'Send request',
    sending: 'Sending…',
    sent: 'Request sent',
    directly: 'Prefer to write directly?',
    orTelegram: 'or Telegram',
    projectTypes: {
      'new-product': 'New product',
      'existing-system': 'Existing system',
      consultation: 'Consultation',
      other: 'Other',
    },
    budgets: {
      'under-5k': 'Under €5,000',
      '5k-15k': '€5,000–15,000',
      '15k-50k': '€15,000–50,000',
      'over-50k': 'Over €50,000',
      'not-sure': 'Not sure yet',
    },
    // Not "Email": that label belongs to the address field alone.
    contactMethods: { email: 'Mail', telegram: 'Telegram' },
    errors: {
      notText: 'Please fill this in as text',
      oneLine: 'Please keep this on one line',
      unreadable: 'Some characters here could not be read; please type them again',
      nameTooLong: 'Please use at most 100 characters',
      emailTooLong: 'Please use at most 254 characters',
      companyTooLong: 'Please use at most 150 characters',
      nameRequired: 'Please enter your name',
      emailRequired: 'Please enter your email address',
      emailInvalid: 'Please enter a valid email address, like name@example.com',
      projectTypeRequired: 'Please choose a project type',
      messageRequired: 'Please tell me about your project',
      messageTooShort: 'Please tell me a little more: at least 20 characters',
      messageTooLong: 'Please keep it under 5,000 characters',
      contactRequired: 'Please choose how to reach you',
      telegramTooLong: 'That is too long for a Telegram handle',
      telegramRequired: 'Please enter your Telegram handle',
      telegramInvalid: 'A Telegram handle has 5–32 letters, digits or underscores, like @your_name',
      consentRequired: 'Please agree so that I can store and answer your request',
      repeated: 'This field was sent more than once; please send it again',
    },
    results: {
      checkFields: 'Please check the highlighted fields.',
      success:
        'Thank you! Your request is in. I will reply within one business day; check your inbox for the confirmation.',
      tooManyAddress:
        'Too many requests from your connection. Please wait ten minutes and try again, or write to me by email.',
      tooManyRecipient:
        'Several requests for this email address arrived in the last hour. Please wait an hour and try again, or write to me by email.',
      tooManySite:
        'The form is receiving unusually many requests right now. Please try again in a few minutes, or write to me by email.',
      unavailable:
        'Your request could not be stored just now: the site is restarting. Please send it again in a moment; everything you typed is still here.',
      failed:
        'Your request could not be stored because of a problem on my side. Please send it again in a moment, or write to me by email; everything you typed is still here.',
    },
    refusals: {
      tooLarge:
        'Your request was too large to send: the form takes up to 64 KB. Please shorten the message and send it again.',
      lengthRequired:
        'Your browser sent the form in a way this site cannot read. Please send it again.',
      foreignOrigin:
        'This form can only be sent from this site’s own page. Please fill it in here and send it again.',
      unreadable: 'Your request could not be read. Please fill in the form and send it again.',
    },
  },
  emails: {
    ownerSubject: 'New consultation request from {name}',
    ownerIntro: 'New consultation request on {siteName}.',
    ownerHeading: 'New consultation request',
    messageHeading: 'Message',
    replyHint: 'Reply to this email to answer them directly.',
    fields: {
      name: 'Name',
      email: 'Email',
      company: 'Company',
      projectType: 'Project type',
      budget: 'Budget',
      preferredContact: 'Preferred contact',
      language: 'Wrote in',
      cameFrom: 'Came from',
      utm: 'UTM',
    },
    helloName: 'Hello {name},',
    hello: 'Hello,',
    confirmationSubject: 'Your consultation request on {siteName}',
    confirmationArrived: 'thank you for your consultation request on {siteName}; it has arrived.',
    confirmationNext:
      'What happens next: I read every request myself and reply within one business day, from {email}. If we agree that a call makes sense, we pick a time for a free 30-minute consultation.',
    confirmationAdd: 'If you want to add something, reply to this email.',
    confirmationNotYou:
      'If you did not send this request, you can ignore this email: you will not hear from me again.',
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
