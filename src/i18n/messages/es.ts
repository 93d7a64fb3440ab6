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
  search: {
    found: 'Encontrados: {count}',
    nothing: 'Nada todavía; pulsa Intro para buscar.',
    label: 'Buscar artículos',
    button: 'Buscar',
    title: 'Búsqueda',
    titleFor: 'Búsqueda: {query}',
    description: 'Busca en todos los artículos y comparativas del sitio.',
    results: '{count, plural, one {# resultado} other {# resultados}} para «{query}»',
    none: 'No se ha encontrado nada para «{query}».',
    similar: 'Nada coincide exactamente con «{query}»; esto se le parece.',
    didYouMean: '¿Quisiste decir {suggestion}?',
    emptyIntro: 'Escribe unas palabras: un framework, un problema, una pregunta.',
    noneHint: 'Prueba con menos palabras o con otras, o con uno de estos temas.',
    topics: 'Temas populares',
    latest: 'Últimos artículos',
    comparison: 'Comparativa',
    previous: '← Resultados anteriores',
    next: 'Más resultados →',
    pageOf: 'Página {page} de {total}',
  },
  home: {
    latest: 'Últimos artículos',
    allArticles: 'Todos los artículos →',
    suggestion: '¿Prefieres leer en español?',
    suggestionLink: 'Ver el sitio en español',
    suggestionClose: 'Cerrar',
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
  form: {
    title: 'Solicita una consulta gratuita',
    description: 'Cuéntame tu proyecto: una primera consulta gratuita y sin compromiso.',
    name: 'Nombre',
    email: 'Correo electrónico',
    company: 'Empresa (opcional)',
    projectType: 'Tipo de proyecto',
    chooseOne: 'Elige uno',
    budget: 'Presupuesto (opcional)',
    budgetUnsaid: 'Prefiero no decirlo',
    message: 'Mensaje',
    messageHint:
      '¿Qué estás construyendo y en qué te vendría bien ayuda? Entre 20 y 5000 caracteres.',
    preferredContact: 'Contacto preferido',
    telegram: 'Usuario de Telegram (si prefieres Telegram)',
    consent:
      'Acepto que lo que envío aquí se guarde para responder a mi solicitud y se borre a los 12 meses si no llegamos a trabajar juntos (<notice>aviso de privacidad</notice>).',
    honeypot: 'Sitio web (déjalo vacío)',
    send: 'Enviar solicitud',
    sending: 'Enviando…',
    sent: 'Solicitud enviada',
    directly: '¿Prefieres escribirme directamente?',
    orTelegram: 'o por Telegram',
    projectTypes: {
      'new-product': 'Producto nuevo',
      'existing-system': 'Sistema existente',
      consultation: 'Consultoría',
      other: 'Otro',
    },
    budgets: {
      'under-5k': 'Menos de 5000 €',
      '5k-15k': '5000–15 000 €',
      '15k-50k': '15 000–50 000 €',
      'over-50k': 'Más de 50 000 €',
      'not-sure': 'Aún no lo sé',
    },
    contactMethods: { email: 'Correo', telegram: 'Telegram' },
    errors: {
      notText: 'Rellena este campo con texto',
      oneLine: 'Escríbelo en una sola línea',
      unreadable: 'Algunos caracteres no se han podido leer; vuelve a escribirlos',
      nameTooLong: 'Usa como máximo 100 caracteres',
      emailTooLong: 'Usa como máximo 254 caracteres',
      companyTooLong: 'Usa como máximo 150 caracteres',
      nameRequired: 'Escribe tu nombre',
      emailRequired: 'Escribe tu correo electrónico',
      emailInvalid: 'Escribe un correo electrónico válido, como nombre@ejemplo.com',
      projectTypeRequired: 'Elige un tipo de proyecto',
      messageRequired: 'Cuéntame tu proyecto',
      messageTooShort: 'Cuéntame un poco más: al menos 20 caracteres',
      messageTooLong: 'Usa como máximo 5000 caracteres',
      contactRequired: 'Elige cómo prefieres que te contacte',
      telegramTooLong: 'Es demasiado largo para un usuario de Telegram',
      telegramRequired: 'Escribe tu usuario de Telegram',
      telegramInvalid:
        'Un usuario de Telegram tiene de 5 a 32 letras, cifras o guiones bajos, como @tu_nombre',
      consentRequired: 'Acepta para que pueda guardar y responder tu solicitud',
      repeated: 'Este campo se envió más de una vez; vuelve a enviarlo',
    },
    results: {
      checkFields: 'Revisa los campos marcados.',
      success:
        '¡Gracias! Tu solicitud ha llegado. Te responderé en un día laborable; revisa tu bandeja de entrada para ver la confirmación.',
      tooManyAddress:
        'Demasiadas solicitudes desde tu conexión. Espera diez minutos y vuelve a intentarlo, o escríbeme por correo.',
      tooManyRecipient:
        'En la última hora han llegado varias solicitudes con este correo. Espera una hora y vuelve a intentarlo, o escríbeme por correo.',
      tooManySite:
        'El formulario está recibiendo muchísimas solicitudes ahora mismo. Vuelve a intentarlo en unos minutos, o escríbeme por correo.',
      unavailable:
        'No se ha podido guardar tu solicitud ahora mismo: el sitio se está reiniciando. Vuelve a enviarla en un momento; todo lo que escribiste sigue aquí.',
      failed:
        'No se ha podido guardar tu solicitud por un problema de mi lado. Vuelve a enviarla en un momento, o escríbeme por correo; todo lo que escribiste sigue aquí.',
    },
    refusals: {
      tooLarge:
        'Tu solicitud era demasiado grande para enviarla: el formulario admite hasta 64 KB. Acorta el mensaje y vuelve a enviarla.',
      lengthRequired:
        'Tu navegador envió el formulario de una forma que este sitio no puede leer. Vuelve a enviarlo.',
      foreignOrigin:
        'Este formulario solo se puede enviar desde la propia página de este sitio. Rellénalo aquí y vuelve a enviarlo.',
      unreadable: 'No se ha podido leer tu solicitud. Rellena el formulario y vuelve a enviarlo.',
    },
  },
  emails: {
    ownerSubject: 'Nueva solicitud de consulta de {name}',
    ownerIntro: 'Nueva solicitud de consulta en {siteName}.',
    ownerHeading: 'Nueva solicitud de consulta',
    messageHeading: 'Mensaje',
    replyHint: 'Responde a este correo para contestarle directamente.',
    fields: {
      name: 'Nombre',
      email: 'Correo electrónico',
      company: 'Empresa',
      projectType: 'Tipo de proyecto',
      budget: 'Presupuesto',
      preferredContact: 'Contacto preferido',
      language: 'Escribió en',
      cameFrom: 'Llegó desde',
      utm: 'UTM',
    },
    helloName: 'Hola, {name}:',
    hello: 'Hola:',
    confirmationSubject: 'Tu solicitud de consulta en {siteName}',
    confirmationArrived: 'Gracias por tu solicitud de consulta en {siteName}; ya ha llegado.',
    confirmationNext:
      'Qué pasa ahora: leo personalmente cada solicitud y respondo en un día laborable, desde {email}. Si vemos que tiene sentido hablar, buscamos un hueco para una consulta gratuita de 30 minutos.',
    confirmationAdd: 'Si quieres añadir algo, responde a este correo.',
    confirmationNotYou:
      'Si no enviaste esta solicitud, puedes ignorar este correo: no volverás a saber de mí.',
  },
  adminBar: {
    label: 'Administración',
    signedInAs: 'Sesión iniciada como {email}',
    edit: 'Editar esta página',
    admin: 'Administración',
    logOut: 'Cerrar sesión',
  },
  privacy: {
    link: 'Privacidad',
    title: 'Aviso de privacidad',
    description: 'Qué cuenta este sitio y qué guardan sus formularios, en palabras sencillas.',
    intro:
      'Este sitio lo lleva {owner}. Aquí se explica, en palabras sencillas, qué cuenta el sitio y qué guardan sus formularios. Para cualquier cosa sobre tus datos, escribe a <mail>{email}</mail>.',
    formTitle: 'El formulario de contacto',
    formIntro: 'Cuando envías una solicitud de consulta, el sitio guarda:',
    formItems: {
      answers:
        'lo que escribes: tu nombre, correo electrónico, empresa, tipo de proyecto, presupuesto, mensaje y cómo prefieres que te contacte (con tu usuario de Telegram si eliges Telegram);',
      origin:
        'la página desde la que llegaste y las etiquetas de campaña de su dirección (utm_source, utm_medium, utm_campaign, utm_term, utm_content), si las tenía;',
      language: 'el idioma de la página;',
      address:
        'un hash con clave de tu dirección IP: una huella hecha con una clave secreta, de la que no se puede recuperar la dirección. La dirección en sí nunca se guarda;',
      userAgent:
        'la cadena user-agent de tu navegador (el nombre y la versión que tu navegador envía con cada petición);',
      consent: 'el momento en que diste tu consentimiento.',
    },
    formUse:
      'Solo se usa para responder a tu solicitud. Tú recibes un correo de confirmación y {owner} un aviso, ambos enviados por el servidor de correo del propio sitio.',
    formLimits:
      'Para evitar abusos, el formulario también cuenta las solicitudes por huella de la dirección y por huella del correo; esos recuentos caducan en una hora como mucho.',
    formKept: 'Cada solicitud se guarda 12 meses y después se borra, salvo que trabajemos juntos.',
    formRights:
      'Puedes pedir una copia de todo lo guardado sobre tu correo electrónico, o que se borre, escribiendo a <mail>{email}</mail>. {owner} puede exportar o borrar de una vez todo lo relativo a una dirección de correo.',
    bookingTitle: 'Reservar una llamada (próximamente)',
    booking:
      'Pronto podrás reservar aquí una llamada gratuita de 30 minutos. Una reserva guarda lo mismo que el formulario de contacto, más la hora que elijas, tu zona horaria y de qué quieres hablar. La invitación de calendario llega a tu correo electrónico.',
    viewsTitle: 'Visitas a las páginas',
    views:
      'El sitio cuenta sus visitas él mismo, sin cookies: por día, cuántas veces se vio cada página en cada idioma, el nombre de host del sitio que enlazó a ella (como news.ycombinator.com, nunca la dirección completa) y la etiqueta utm_source del enlace. No se pone ninguna cookie, no se guarda ninguna dirección IP ni user agent, y no se envía nada a nadie.',
    viewsNotCounted:
      'Si tu navegador envía Do Not Track (DNT: 1) o Control Global de Privacidad (GPC, Sec-GPC: 1), tus visitas no se cuentan en absoluto; tampoco las de los bots.',
    searchTitle: 'Búsquedas',
    search:
      'Lo que se escribe en el buscador se cuenta por día e idioma: las palabras, cuántas veces se buscaron y cuántos resultados dieron, sin ninguna dirección ni cookie. Estos recuentos se guardan 90 días.',
    thirdTitle: 'Nada de terceros',
    third:
      'Las páginas no cargan scripts, fuentes ni rastreadores de terceros: todo viene de este sitio. El correo se envía por el servidor de correo del propio sitio.',
    cookies:
      'Los lectores no reciben cookies. Solo quienes editan y entran en la administración reciben una cookie de sesión. Si cierras la sugerencia de idioma de la página de inicio, tu navegador lo recuerda en su propio almacenamiento; nunca se envía al sitio.',
  },
}
