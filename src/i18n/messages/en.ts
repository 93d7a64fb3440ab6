/**
 * The English interface text: the catalog every other language must match key for key (es.ts
 * and ru.ts are typed by it). ICU message syntax: `{count, plural, one {…} other {…}}`.
 */
export const en = {
  site: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    // The phone's menu (the navigation, the search field and the languages).
    menu: 'Menu',
    languages: 'Language',
    rssFeed: 'RSS feed',
    telegram: 'Telegram @{handle}',
    home: 'Home',
    articles: 'Articles',
    breadcrumb: 'Breadcrumb',
    tags: 'Tags',
    // The header's primary action (the short form on a phone) and the footer's.
    bookCall: 'Book a free call',
    bookCallShort: 'Book a free call',
    contact: 'Contact',
    aboutSite: 'This site',
  },
  search: {
    found: 'Found: {count}',
    nothing: 'Nothing found yet; press Enter to search.',
    label: 'Search articles',
    button: 'Search',
    title: 'Search',
    titleFor: 'Search: {query}',
    description: 'Search every article and comparison on the site.',
    results: '{count, plural, one {# result} other {# results}} for “{query}”',
    none: 'Nothing found for “{query}”.',
    similar: 'Nothing matches “{query}” exactly; these come close.',
    didYouMean: 'Did you mean {suggestion}?',
    emptyIntro: 'Type a few words: a framework, a problem, a question.',
    noneHint: 'Try fewer or other words, or one of these topics.',
    topics: 'Popular topics',
    latest: 'Latest articles',
    comparison: 'Comparison',
    previous: '← Previous results',
    next: 'More results →',
    pageOf: 'Page {page} of {total}',
  },
  home: {
    priceFrom: 'from {price}',
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
  cases: {
    clientSays: 'What a client says',
    title: 'Case studies',
    intro: 'Problems I solved for clients, with the figures before and after.',
    client: 'Client',
    problem: 'The problem',
    work: 'What I did',
    outcomes: 'Outcomes',
    readCase: 'Read the case study: {title}',
    allCases: 'All case studies →',
    usedIn: 'Where I used this',
    none: 'No case studies published yet.',
    technologies: 'Technologies',
  },
  cta: {
    label: 'Call to action',
    book: 'Or book a call directly',
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
      'I agree that what I send here is stored to answer my request, and deleted after 12 months unless we work together (<notice>privacy notice</notice>).',
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
  booking: {
    title: 'Book a free {minutes}-minute call',
    description:
      'Pick a time for a free initial consultation: {minutes} minutes by video call, no obligation.',
    fromContact: 'Prefer to pick a time?',
    fromContactLink: 'Book a {minutes}-minute call',
    orWrite: 'Prefer to write first?',
    orWriteLink: 'Send a request',
    pickTime: 'Pick a time',
    moreDays: 'More days',
    timesInOwnerZone: 'Times are in {zone}, the consultant’s time zone.',
    timesInZone: 'Times are in your time zone:',
    zoneLabel: 'Time zone',
    noSlots: 'There are no free times in the next {days} days.',
    name: 'Name',
    email: 'Email',
    topic: 'What would you like to discuss? (optional)',
    topicHint: 'A few words help me prepare. Up to 2,000 characters.',
    consent:
      'I agree that what I send here is stored to arrange and hold the call, and deleted after 12 months unless we work together (<notice>privacy notice</notice>).',
    send: 'Book the call',
    sending: 'Booking…',
    booked: 'Your call is booked',
    bookedText:
      'See you on {when} ({zone}). The calendar invite with the meeting link is on its way to your inbox.',
    errors: {
      slotRequired: 'Please pick a time',
      slotTaken: 'Sorry, that time was just taken. Please pick another one.',
      slotGone: 'That time is no longer free. Please pick another one.',
      topicTooLong: 'Please keep it under 2,000 characters',
    },
    manage: {
      timesIn: 'Times are in {zone}.',
      title: 'Your call',
      when: '{when} ({zone})',
      cancel: 'Cancel the call',
      cancelHint: 'Both calendars are updated; nothing else is needed.',
      reschedule: 'Pick a new time',
      move: 'Move the call',
      cancelled: 'The call is cancelled. The calendar update is on its way to your inbox.',
      moved: 'The call is moved to {when} ({zone}). The updated invite is on its way.',
      wasCancelled: 'This call has been cancelled.',
      invalid:
        'This link does not work: it may be incomplete or changed. Please use the link in your latest email about the call, or write to {email}.',
      expired: 'This link has expired: the call’s time has passed. To talk again, book a new call.',
      bookAgain: 'Book a new call',
    },
    emails: {
      summary: 'Free consultation with {owner}',
      ownerSummary: 'Consultation call with {name}',
      description: 'A free {minutes}-minute consultation by video call.',
      joinAt: 'Join the call: {link}',
      linkFollows: 'The meeting link follows in a separate email before the call.',
      topicHeading: 'To discuss',
      inviteSubject: 'Booked: your call with {owner} on {when}',
      updateSubject: 'Moved: your call with {owner} is now on {when}',
      cancelSubject: 'Cancelled: your call with {owner} on {when}',
      reminderSubject: 'Reminder: your call with {owner} on {when}',
      ownerInviteSubject: 'Call booked by {name}: {when}',
      ownerUpdateSubject: 'Call moved by {name}: {when}',
      ownerCancelSubject: 'Call cancelled by {name}: {when}',
      booked: 'your free consultation is booked for {when} ({zone}).',
      moved: 'your call is moved to {when} ({zone}).',
      cancelledText: 'your call on {when} ({zone}) is cancelled.',
      reminder: 'a reminder: our call is on {when} ({zone}).',
      inviteAttached: 'The invite is attached: add it to your calendar.',
      manage: 'To move or cancel the call: {link}',
      bookAgain: 'To book another time: {link}',
      ownerBooked: '{name} ({email}) booked a call for {when} ({zone}).',
      ownerMoved: '{name} ({email}) moved their call to {when} ({zone}).',
      ownerCancelled: '{name} ({email}) cancelled their call on {when} ({zone}).',
      ownerLead: 'Their lead in the admin: {link}',
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
  // The privacy notice (/privacy), linked from the footer and the contact form's consent. Keep it
  // true to the code: the form (src/leads, Leads collection), the search counts
  // (src/search/queries.ts), the page-view counts, the mail transport.
  privacy: {
    link: 'Privacy',
    title: 'Privacy notice',
    description: 'What this site counts and what its forms store, in plain words.',
    intro:
      'This site is run by {owner}. Here is, in plain words, what it counts and what its forms store. For anything about your data, write to <mail>{email}</mail>.',
    formTitle: 'The contact form',
    formIntro: 'When you send a consultation request, the site stores:',
    formItems: {
      answers:
        'what you type: your name, email address, company, project type, budget, message, and how you prefer to be contacted (with your Telegram handle if you choose Telegram);',
      origin:
        'the page you came from and the campaign tags in its address (utm_source, utm_medium, utm_campaign, utm_term, utm_content), if it had any;',
      language: 'the language of the page;',
      address:
        'a keyed hash of your IP address: a fingerprint made with a secret key, from which the address cannot be read back. The address itself is never stored;',
      userAgent:
        'your browser’s user-agent string (the name and version your browser sends with every request);',
      consent: 'the time you gave your consent.',
    },
    formUse:
      'It is used to answer your request and for nothing else. You get a confirmation email and {owner} gets a notification, both sent through the site’s own mail server.',
    formLimits:
      'To stop abuse, the form also counts requests per hashed address and per hashed email address; those counts expire within an hour.',
    formKept: 'A request is kept for 12 months and then deleted, unless we work together.',
    formRights:
      'You can ask for a copy of everything stored about your email address, or for its deletion, by writing to <mail>{email}</mail>. {owner} can export or delete everything about one email address at once.',
    bookingTitle: 'Booking a call',
    booking:
      'When you book a free call, the site stores the same as for the contact form (a booking is also a request, and is deleted with it), plus the time you choose, your time zone and what you would like to discuss. The calendar invitations and a reminder the day before go to your email address; the links in them cancel or move the call without an account.',
    viewsTitle: 'Page views',
    views:
      'The site counts its page views itself, without cookies: per day, how many times each page was viewed in each language, the host name of the site that linked to it (such as news.ycombinator.com, never the full address) and the utm_source tag of the link. No cookie is set, no IP address or user agent is stored, and nothing is sent to anyone else.',
    viewsNotCounted:
      'If your browser sends Do Not Track (DNT: 1) or Global Privacy Control (Sec-GPC: 1), your visits are not counted at all; neither are bots.',
    searchTitle: 'Searches',
    search:
      'What is typed into the search box is counted per day and language: the words, how often they were searched and how many results they found, without any address or cookie. These counts are kept for 90 days.',
    thirdTitle: 'Nothing from third parties',
    third:
      'The pages load no third-party scripts, fonts or trackers: everything comes from this site. Email is sent through the site’s own mail server.',
    cookies:
      'Readers get no cookies. Only editors who sign in to the admin get a session cookie. If you close the language suggestion on the home page, your browser remembers that in its own storage; it is never sent to the site.',
  },
}

export type Messages = typeof en
