import { callToAction, code, comparisonTable, doc, h2, h3, ol, p, quote, ul } from '../../lexical'
import type { SeedTranslation } from '../../types'

export const es: SeedTranslation = {
  tags: {
    python: {
      name: 'Python',
      slug: 'python',
      description:
        'El lenguaje detrás de todo lo que encontrarás en este sitio, desde backends web hasta scripts y pipelines de datos.',
    },
    django: {
      name: 'Django',
      slug: 'django',
      description:
        'El framework web «con pilas incluidas» para construir aplicaciones completas con ORM, panel de administración y autenticación.',
    },
    fastapi: {
      name: 'FastAPI',
      slug: 'fastapi',
      description:
        'Un framework moderno basado en tipos para crear APIs rápidas con documentación OpenAPI automática.',
    },
    architecture: {
      name: 'Arquitectura',
      slug: 'arquitectura',
      description:
        'Cómo estructurar sistemas backend para que sigan siendo comprensibles a medida que crecen el equipo y el producto.',
    },
    performance: {
      name: 'Rendimiento',
      slug: 'rendimiento',
      description:
        'Encontrar y resolver los cuellos de botella reales: consultas a la base de datos, E/S, caché y concurrencia.',
    },
  },

  author: {
    role: 'Desarrollador freelance de Python/Django',
    city: 'Barcelona',
    bio: 'Pau lleva más de diez años desarrollando backends web en Python, primero en agencias y empresas de producto y, desde 2019, como desarrollador independiente. Trabaja sobre todo con Django, FastAPI y PostgreSQL, y le importan más los sistemas mantenibles y con buenos tests que el framework de moda.',
  },

  siteSettings: {
    tagline:
      'Backends en Python y Django que se mantienen rápidos, sin sorpresas y fáciles de cambiar.',
    intro:
      'Soy Pau Serrat, desarrollador freelance de Python/Django en Barcelona. Diseño, construyo y rescato backends para startups y pequeños equipos de producto: APIs, plataformas SaaS, herramientas de gestión con grandes volúmenes de datos y la infraestructura que las rodea. En este sitio escribo artículos en profundidad sobre los dilemas técnicos con los que me encuentro en proyectos reales.',
    cta: {
      heading: '¿Estás preparando un proyecto de backend?',
      text: 'Reserva una primera consulta gratuita: 30 minutos, sin compromiso. Cuéntame qué estás construyendo y te daré una opinión sincera sobre stack, arquitectura y alcance, aunque la respuesta sea que no me necesitas.',
      buttonLabel: 'Solicitar una consulta gratuita',
    },
    navigation: ['Artículos', 'Casos', 'Comparativas', 'Contacto'],
  },

  comparisons: {
    'django-vs-fastapi': {
      title: 'Django frente a FastAPI',
      slug: 'django-frente-a-fastapi',
      intro:
        'Django y FastAPI son los dos frameworks web de Python por los que más me preguntan, y resuelven problemas distintos. Esta tabla resume cómo se comparan en los aspectos que suelen decidir un proyecto.',
      rows: [
        {
          feature: 'Panel de administración',
          a: 'Integrado y listo para producción',
          b: 'No incluido (opciones de terceros)',
          note: 'Para herramientas internas y backoffices, el admin de Django puede ahorrar por sí solo semanas de trabajo.',
        },
        { feature: 'ORM', a: 'Integrado y maduro', b: 'Lo eliges tú (SQLAlchemy)' },
        { feature: 'Autenticación', a: 'Integrada', b: 'Configuración manual' },
        {
          feature: 'Documentación de la API',
          a: 'Con DRF (API navegable)',
          b: 'Swagger/ReDoc generados automáticamente',
        },
        {
          feature: 'Soporte async',
          a: 'Parcial (Django 4.1+)',
          b: 'Nativo',
          note: 'Django admite vistas asíncronas y una interfaz asíncrona del ORM, pero, por debajo, el acceso a la base de datos sigue ejecutándose en un pool de hilos.',
        },
        {
          feature: 'Rendimiento',
          a: 'Bueno',
          b: 'Excelente',
          note: 'En la mayoría de las aplicaciones reales, el cuello de botella es la base de datos, no el framework.',
        },
        {
          feature: 'Ecosistema',
          a: 'Enorme (más de 20 años)',
          b: 'En crecimiento (más de 5 años)',
        },
        {
          feature: 'Curva de aprendizaje',
          a: 'Moderada (convenciones)',
          b: 'Más suave (si conoces los tipos de Python)',
        },
        {
          feature: 'Ideal para',
          a: 'Aplicaciones completas, SaaS',
          b: 'Microservicios, APIs de ML',
        },
        {
          feature: 'Velocidad de desarrollo',
          a: 'Más rápida (pilas incluidas)',
          b: 'Más lenta (más configuración manual)',
        },
      ],
      verdict:
        'Elige Django si vas a construir un producto completo con usuarios, permisos, panel de administración y un modelo de datos relacional: llegarás antes a producción. Elige FastAPI para APIs acotadas, con mucho tráfico o intensivas en E/S, y para servir modelos de machine learning. Si tienes dudas, empieza con Django: es más fácil separar más adelante un servicio en FastAPI que reconstruir todo lo que Django te da de serie.',
    },
  },

  articles: {
    'django-vs-fastapi': {
      slug: 'django-o-fastapi-que-framework-elegir-para-tu-backend',
      title: 'Django o FastAPI: ¿qué framework elegir para tu backend?',
      description:
        'Una comparación honesta y práctica de Django y FastAPI desde la experiencia de un desarrollador backend freelance: puntos fuertes, limitaciones y cuándo elegir cada uno.',
      body: doc(
        p(
          'Casi todas las conversaciones con un cliente nuevo acaban llegando a la misma pregunta: *¿lo hacemos en Django o en FastAPI?* A veces el fundador ha leído que FastAPI es «la opción moderna». Otras, el equipo ya tiene un monolito en Django y se pregunta si se está quedando atrás. He puesto en producción sistemas con los dos, y mi respuesta rara vez tiene que ver con qué framework es mejor en abstracto. Depende de qué estás construyendo, de quién lo va a mantener y de cuánto quieres que el framework decida por ti.',
        ),
        p(
          'Este artículo es la versión larga de lo que cuento a mis clientes en una primera consulta. Tomo partido, pero intentaré ser justo con los dos.',
        ),

        h2('La respuesta rápida'),
        p(
          'Si estás construyendo un **producto completo** (usuarios, permisos, un backoffice de administración, un modelo de datos relacional, emails, quizá algunas páginas renderizadas en el servidor), elige **Django**. Te da casi todo eso desde el primer día, y sus convenciones mantienen coherente un código que no para de crecer.',
        ),
        p(
          'Si estás construyendo una **API acotada** (un microservicio, un endpoint que sirve un modelo, un gateway que se pasa la mayor parte del tiempo esperando a otros servicios), elige **FastAPI**. Es ligero, rápido y asíncrono desde la base, y su diseño basado en tipos genera una documentación de API excelente casi sin esfuerzo.',
        ),
        p(
          'Si no lo tienes claro, inclínate por Django. Es mucho más fácil separar más adelante un servicio en FastAPI de una aplicación Django que ya funciona que reconstruir todo lo que Django te da de serie.',
        ),

        h2('Lo que Django hace bien'),
        p(
          'Django existe desde 2005, y se nota en el mejor de los sentidos. La mayoría de los problemas con los que te vas a topar en una aplicación web típica se resolvieron hace años, están documentados y se han curtido en miles de despliegues en producción.',
        ),
        ul(
          '**El admin.** Un backoffice funcional, que respeta los permisos y se genera a partir de tus modelos. Para herramientas internas, equipos de soporte y la operativa de los primeros meses, a menudo vale más que todo el resto del framework junto.',
          '**El ORM y las migraciones.** Modelos, relaciones, agregaciones y migraciones de esquema que `makemigrations` escribe por ti. Cubre la inmensa mayoría de las consultas que necesita un producto y, cuando no llega, te deja bajar a SQL puro sin complicaciones.',
          '**Autenticación y seguridad por defecto.** Usuarios, grupos, permisos, sesiones, hash de contraseñas, protección CSRF y cabeceras contra el clickjacking vienen integrados y activados por defecto.',
          '**Convenciones.** Todos los proyectos Django se parecen bastante. Un desarrollador recién llegado puede abrir `models.py`, `views.py` y `urls.py` y orientarse en una tarde.',
          '**El ecosistema.** [Django REST Framework](https://www.django-rest-framework.org/), la integración con Celery, `django-allauth`, `django-filter`, `django-storages` y cientos de paquetes maduros más.',
          '**La documentación.** La [documentación oficial](https://docs.djangoproject.com/) sigue siendo de las mejores del mundo open source.',
        ),

        h2('Lo que FastAPI hace bien'),
        p(
          'FastAPI apareció a finales de 2018 y creció a una velocidad notable. Se apoya en Starlette para la capa web y en Pydantic para la validación, y su enfoque es muy distinto: darte unas primitivas excelentes y después no estorbar.',
        ),
        ul(
          '**Los tipos como contrato.** Declaras la forma de las peticiones y las respuestas con type hints de Python y modelos de Pydantic; FastAPI los usa a la vez para la validación, la serialización y el autocompletado del editor.',
          '**Documentación automática.** Cada endpoint aparece en un esquema OpenAPI, con Swagger UI interactivo en `/docs` y ReDoc en `/redoc`. A los equipos de frontend y de móvil les encanta.',
          '**Async nativo.** Los endpoints definidos con `async def` se ejecutan en el bucle de eventos, lo que convierte a FastAPI en una gran opción para servicios que se pasan el tiempo llamando a otras APIs, colas o cachés.',
          '**Inyección de dependencias.** `Depends()` es una forma sencilla y explícita de compartir sesiones de base de datos, autenticación y configuración entre endpoints, y hace que sea fácil sustituirlas en los tests.',
          '**Superficie reducida.** Un servicio funcional cabe en un solo archivo, arranca en milisegundos y tiene pocas piezas móviles: ideal para contenedores y despliegues serverless.',
          '**Rendimiento bruto.** Sobre un servidor ASGI como Uvicorn, FastAPI atiende en endpoints sencillos bastantes más peticiones por segundo que una configuración típica de Django.',
        ),

        h2('Comparativa cara a cara'),
        p(
          'Así se comparan los dos en los aspectos que suelen decidir un proyecto. Ten en cuenta que una fila como «Rendimiento» importa mucho menos de lo que parece: en la mayoría de las aplicaciones que audito, el cuello de botella es la base de datos, no el framework.',
        ),
        comparisonTable('django-vs-fastapi'),

        h2('Cuándo elegir Django'),
        h3('Construyes un producto, no solo una API'),
        p(
          'Plataformas SaaS, marketplaces, sistemas de reservas, paneles internos: cualquier cosa con un modelo de dominio real y varios tipos de usuario. Django se encarga de las partes aburridas pero imprescindibles, para que tu presupuesto vaya a las funcionalidades que diferencian tu producto.',
        ),
        h3('Perfiles no técnicos necesitan gestionar datos'),
        p(
          'Si el equipo de operaciones, de soporte o de contenidos necesita consultar y editar registros, el admin de Django les da una interfaz usable desde el primer momento. Construir el equivalente a mano en un proyecto FastAPI es un trabajo de varias semanas que nadie incluye en el presupuesto.',
        ),
        h3('El equipo va a cambiar con el tiempo'),
        p(
          'Las convenciones son una ventaja infravalorada. Cuando una startup traspasa su código a un equipo nuevo (o a un freelance como yo), un proyecto Django es predecible. Un proyecto FastAPI refleja la estructura que se inventó su primer desarrollador, para bien o para mal.',
        ),

        h2('Cuándo elegir FastAPI'),
        p(
          'FastAPI brilla cuando el alcance es reducido y está bien definido. Recurro a él cuando un cliente necesita un **modelo de machine learning detrás de un endpoint HTTP**, un **servicio que agrega varias APIs de terceros**, un **receptor de webhooks o un gateway en tiempo real** con muchas conexiones concurrentes, o un **pequeño microservicio interno** que convive con un sistema existente y tiene una única responsabilidad bien clara.',
        ),
        p(
          'También es buena opción cuando tu equipo ya piensa en tipos y a quienes consumen tu API les importa contar con un esquema OpenAPI preciso y siempre al día; por ejemplo, cuando generas a partir de él los clientes TypeScript del frontend.',
        ),

        h2('Limitaciones'),
        p(
          'Ningún framework está libre de contrapartidas. Estas son las que, en la práctica, veo que más les pasan factura a los equipos.',
        ),
        h3('Limitaciones de Django'),
        ul(
          '**El soporte async sigue siendo parcial.** Django admite vistas asíncronas y, desde la versión 4.1, métodos asíncronos del ORM como `aget()` y `acount()`, pero, por debajo, el acceso a la base de datos sigue ejecutándose en un pool de hilos. No aprovechas del todo las ventajas de un stack asíncrono.',
          '**Es pesado para servicios pequeños.** Para un único endpoint que envuelve un modelo, Django arrastra mucha maquinaria que nunca vas a usar.',
          '**Para desarrollar APIs necesitas DRF.** Django REST Framework es excelente, pero añade su propia capa de conceptos (serializers, viewsets, routers), y sus serializers pueden ser lentos con payloads grandes.',
          '**Las convenciones pueden resultar rígidas.** Si tu arquitectura no se parece a una aplicación web clásica, puede que acabes peleándote con el framework.',
        ),
        h3('Limitaciones de FastAPI'),
        ul(
          '**Lo montas todo tú.** El ORM (normalmente SQLAlchemy), las migraciones (Alembic), la autenticación, el panel de administración, las tareas en segundo plano y la configuración son decisiones independientes, cada una con su propia curva de aprendizaje.',
          '**No hay una estructura de proyecto estándar.** Los proyectos pequeños son una delicia; los grandes acaban siendo incoherentes si nadie impone una organización desde el principio.',
          '**Es fácil usar mal el async.** Una sola llamada bloqueante (un driver de base de datos síncrono, `requests`, un cálculo intensivo de CPU) dentro de un endpoint `async def` paraliza todo el bucle de eventos.',
          '**Un ecosistema más joven.** Hay buenas librerías, pero menos soluciones integrales y contrastadas en producción para problemas que Django resolvió hace una década.',
        ),

        h2('¿Se pueden usar los dos?'),
        p(
          'Sí, y en algunos proyectos es la mejor respuesta. Un patrón que me ha dado buenos resultados consiste en mantener Django como núcleo (modelos, migraciones, admin, lógica de negocio) y añadir una aplicación FastAPI para una parte de la API con mucho tráfico que se beneficia del async. Las dos son aplicaciones ASGI, así que pueden ejecutarse en el mismo proceso: FastAPI atiende sus propias rutas y monta Django para todo lo demás.',
        ),
        code(
          'python',
          `
# config/asgi.py
import os

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')

from django.core.asgi import get_asgi_application

# Llama a django.setup(), así que a partir de aquí ya se pueden importar los modelos de Django.
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


# Todo lo que FastAPI no atiende pasa a Django (admin, páginas, DRF).
app.mount('/', django_app)
`,
        ),
        p(
          'Se ejecuta con `uvicorn config.asgi:app`. Las rutas de FastAPI se registran antes del montaje, así que tienen prioridad; todo lo demás (el admin, los endpoints de DRF que ya existían, las páginas renderizadas en el servidor) va a Django. Ambas partes comparten los mismos modelos y la misma base de datos.',
        ),
        p(
          'Ojo con un detalle: Django cierra las conexiones obsoletas a la base de datos al final de sus propias peticiones, y las rutas de FastAPI no activan ese mecanismo. Deja `CONN_MAX_AGE` a `0` en este proceso o llama tú mismo a `close_old_connections()`. La alternativa más sencilla, si las dos partes pueden vivir por separado, es ejecutarlas como dos servicios contra la misma base de datos PostgreSQL, con Django a cargo de las migraciones.',
        ),

        h2('Mi recomendación'),
        p(
          'Para la mayoría de los clientes con los que trabajo (startups y pequeñas empresas que construyen un producto), **Django es la opción por defecto más sensata**. Pone antes en producción una aplicación completa y segura, es más fácil de traspasar a otros desarrolladores y su rendimiento es más que suficiente en cuanto las consultas a la base de datos están en buena forma.',
        ),
        p(
          'Recomiendo **FastAPI** cuando el proyecto es de verdad solo una API y de alcance reducido, cuando la alta concurrencia es un requisito real y no hipotético, o cuando el núcleo del servicio es un modelo de machine learning. Y cuando en una aplicación Django surge una parte con necesidades muy distintas, añadir un servicio FastAPI a su lado es un paso perfectamente razonable, no una reescritura.',
        ),
        p(
          'La peor decisión es elegir un framework porque está de moda y pasarse después meses reconstruyendo lo que el otro te habría dado hecho. Si quieres una segunda opinión sobre tu caso concreto, para eso está precisamente mi primera consulta gratuita.',
        ),
        callToAction(),
      ),
    },

    'when-a-monolith-beats-microservices': {
      slug: 'cuando-un-monolito-gana-a-los-microservicios',
      title: 'Cuándo un monolito gana a los microservicios',
      description:
        'Por qué suelo aconsejar a los equipos pequeños que empiecen con un monolito bien estructurado, y qué señales concretas indican que ha llegado el momento de dividirlo.',
      body: doc(
        p(
          'Un número sorprendente de los proyectos en fase inicial que me piden revisar tienen más servicios que desarrolladores. Un equipo de tres personas mantiene un servicio de autenticación, un servicio de usuarios, un servicio de notificaciones, un API gateway y un broker de mensajería, y dedica la mayor parte de la semana a los pipelines de despliegue en lugar de al producto.',
        ),
        p(
          'Los microservicios resuelven problemas reales. Lo que pasa es que no son los problemas que tiene la mayoría de los equipos pequeños. En este artículo explico cuándo recomiendo un monolito, cómo construir uno que no acabe convertido en un caos y qué me haría cambiar de opinión.',
        ),

        h2('Lo que de verdad te aportan los microservicios'),
        p(
          'Conviene precisar cuáles son los beneficios, porque a menudo se resumen vagamente como «escalabilidad». En la práctica, dividir un sistema en servicios te da:',
        ),
        ul(
          '**Despliegue independiente.** El equipo A puede sacar una versión sin coordinarse con el equipo B.',
          '**Escalado independiente.** Un procesador de imágenes que devora CPU puede ejecutarse en máquinas distintas de las de la API web.',
          '**Aislamiento de fallos.** Una fuga de memoria en un componente no tumba a los demás.',
          '**Libertad tecnológica.** Un componente puede usar otro lenguaje u otro runtime cuando de verdad lo necesita.',
        ),
        p(
          'Fíjate en que el primer beneficio es organizativo. Los microservicios son, ante todo, una forma de que muchos equipos trabajen en paralelo. Si tienes un solo equipo, estás pagando por una herramienta de coordinación que no necesitas.',
        ),

        h2('Lo que cuestan'),
        p(
          'Cada frontera entre servicios sustituye una llamada a una función por una llamada de red. Ese único cambio trae consigo una larga lista de consecuencias:',
        ),
        ul(
          'Las llamadas pueden fallar, agotar el tiempo de espera o llegar dos veces, así que necesitas reintentos, idempotencia y timeouts en todas partes.',
          'Las transacciones ya no abarcan la operación completa; necesitas sagas, tablas outbox o una lógica de compensación muy cuidadosa.',
          'Depurar una petición implica correlacionar logs y trazas de varios procesos.',
          'El desarrollo en local exige tener en marcha a la vez varios servicios, varias bases de datos y un broker.',
          'Refactorizar código que cruza fronteras requiere APIs versionadas y despliegues coordinados.',
        ),
        quote(
          'Un monolito con una mala estructura interna se convierte en una gran bola de barro. Un conjunto de microservicios con malas fronteras se convierte en una gran bola de barro distribuida: el mismo problema, solo que más lento y más difícil de depurar.',
        ),

        h2('Cuándo gana el monolito'),
        p('En mi experiencia, una única aplicación desplegable es la mejor opción cuando:'),
        ol(
          'Tienes **un solo equipo**, o unos pocos equipos que ya hablan entre sí a diario.',
          'El **dominio todavía está cambiando**. Los productos en fase temprana mueven sus fronteras constantemente, y mover código entre módulos es mucho más barato que moverlo entre servicios.',
          'Tu **carga cabe en unos pocos servidores**. Una aplicación Django o FastAPI bien afinada detrás de un balanceador de carga aguanta muchísimo más tráfico del que la mayoría de los productos verán jamás.',
          'Necesitas **consistencia fuerte**. Pedidos, pagos y niveles de stock son mucho más fáciles de mantener correctos dentro de una única transacción de base de datos.',
          'Tu **presupuesto de operaciones es pequeño**. Un equipo pequeño puede gestionar con confianza una aplicación, una base de datos y un worker en segundo plano.',
        ),

        h2('Construye un monolito modular'),
        p(
          'Un monolito no tiene por qué ser una maraña. El objetivo es conseguir la principal ventaja de los servicios, unas fronteras claras, sin la red de por medio. En un proyecto Django, eso significa tratar cada app como un módulo con una interfaz pública bien pensada.',
        ),
        h3('Dale a cada módulo una API pública'),
        p(
          'Los demás módulos deberían llamar a un conjunto reducido de funciones, no meterse directamente en los modelos y los querysets. Un `services.py` por app funciona bien:',
        ),
        code(
          'python',
          `
# billing/services.py: el único módulo de billing que pueden importar las demás apps
from decimal import Decimal

from billing.models import Invoice


def create_invoice(*, customer_id: int, amount: Decimal, reference: str) -> int:
    """Crea una factura y devuelve su id. Quien la llama nunca toca Invoice directamente."""
    invoice = Invoice.objects.create(
        customer_id=customer_id,
        amount=amount,
        reference=reference,
    )
    return invoice.pk


def is_paid(invoice_id: int) -> bool:
    return Invoice.objects.filter(pk=invoice_id, paid_at__isnull=False).exists()
`,
        ),
        p(
          'La app `orders` llama a `billing.services.create_invoice()` y guarda el ID que devuelve. Nunca importa `billing.models`. Si algún día la facturación pasa a ser un servicio independiente, esa función se convierte en un cliente HTTP o de colas, y el código que la llama no cambia.',
        ),
        h3('Haz que se respeten las fronteras'),
        p(
          'Las convenciones se erosionan con la presión de los plazos, así que automatízalas. Una herramienta como `import-linter` puede hacer fallar la build cuando una app importa los detalles internos de otra:',
        ),
        code(
          'bash',
          `
pip install import-linter
lint-imports  # lee los contratos de setup.cfg, .importlinter o pyproject.toml
`,
        ),
        h3('Comunica mediante eventos cuando tenga sentido'),
        p(
          'Para los efectos secundarios que no necesitan producirse en la misma transacción (enviar emails, actualizar índices de búsqueda, avisar a un CRM), publica un evento de dominio y deja que lo gestione un worker en segundo plano. `transaction.on_commit()` de Django junto con una tarea de Celery es un punto de partida sencillo y fiable.',
        ),

        h2('Señales de que ha llegado el momento de dividir'),
        p(
          'No estoy en contra de los microservicios; estoy en contra de adoptarlos antes de que compensen. Estas son las señales que me llevan a recomendar extraer un servicio:',
        ),
        ul(
          'Varios equipos se bloquean los despliegues unos a otros con frecuencia.',
          'Un componente tiene necesidades de recursos radicalmente distintas de las del resto: inferencia en GPU, procesamiento de vídeo pesado, una cantidad enorme de conexiones de larga duración.',
          'Una parte del sistema necesita otras garantías de disponibilidad o de cumplimiento normativo, como el tratamiento de datos de tarjetas de pago.',
          'La frontera de un módulo lleva mucho tiempo estable y pocos cambios la atraviesan.',
        ),
        p(
          'Cuando aparecen esas señales, un monolito modular hace que la división sea sencilla: extraes un módulo con una interfaz ya definida, en lugar de desenredar una maraña de imports. Empieza por la frontera que más duele, extrae un servicio y aprende de la experiencia antes de pasar al siguiente.',
        ),

        h2('En resumen'),
        p(
          'Para la mayoría de las startups y pequeñas empresas, un monolito bien estructurado es más rápido de construir, más barato de operar y más fácil de cambiar. Invierte el esfuerzo en unas fronteras claras entre módulos, no en infraestructura. Conservas la opción de dividirlo más adelante, y para entonces sabrás mucho mejor por dónde están las costuras.',
        ),
        callToAction({
          heading: '¿No tienes claro cómo estructurar tu sistema?',
          text: 'En una primera consulta gratuita de 30 minutos podemos repasar tu arquitectura y decidir qué debe seguir junto y qué conviene separar, si es que hay algo que separar.',
        }),
      ),
    },
  },

  testimonials: {
    'Elena Marín': {
      role: 'CTO',
      quote:
        'Estábamos a punto de pagar, por segunda vez, una base de datos más grande. Pau encontró 214 consultas detrás de una sola pantalla, arregló las peores la primera semana y nos dejó tests que rompen el build si vuelve a pasar. Las quejas de soporte por la lentitud del panel dejaron de llegar, sin más.',
    },
    'Sofia Lindqvist': {
      role: 'Cofundadora y CEO',
      quote:
        'Como fundadora sin perfil técnico necesitaba una respuesta sincera: ¿aguantaría el backend que nos había hecho una agencia nuestros primeros contratos con hospitales? Pau lo revisó en una semana, nos dio una lista corta de lo que había que cambiar ya y de lo que podía esperar, y después nos ayudó a contratar a nuestro primer ingeniero de backend.',
    },
    'Jonas Weber': {
      role: 'VP de Ingeniería, SaaS de logística (demo)',
      quote:
        'Todo el mundo nos decía que partiéramos el monolito en microservicios. Pau nos convenció de no hacerlo y separó solo la pieza que de verdad lo necesitaba. Nueve semanas después la planificación de rutas iba rápida, desplegábamos un martes por la mañana sin pensarlo dos veces y el resto del código siguió tranquilo.',
    },
    'Claire Dubois': {
      role: 'Responsable de plataforma, grupo de medios europeo (demo)',
      quote:
        'Pau explica los pros y los contras con palabras sencillas, y eso lo agradecieron tanto nuestros editores como nuestros ingenieros. El nuevo pipeline lleva meses funcionando y no recuerdo la última vez que alguien tuvo que pegar a mano una noticia de última hora.',
    },
  },

  caseStudies: {
    'async-python-feed-ingestion-for-a-media-group': {
      slug: 'ingesta-de-contenidos-con-python-asincrono-para-un-grupo-de-medios',
      title: 'Ingesta de contenidos con Python asíncrono para un grupo de medios',
      client: 'Un grupo de medios europeo',
      summary:
        'Los teletipos y los feeds de socios llegaban a las webs con horas de retraso, en lotes nocturnos. Un pipeline con asyncio publica ahora cada pieza menos de un minuto después de recibirla, con un tercio de los servidores.',
      problem: [
        'El grupo edita varias webs de noticias y entretenimiento que se nutren de agencias, feeds de socios y su propio equipo de vídeo: unas 180.000 piezas al día. La ingesta era un conjunto de scripts de cron que descargaban, enriquecían e indexaban cada pieza de una en una.',
        'Casi todo su tiempo se iba en esperar a APIs de socios lentas. Los días de mucha actualidad el retraso llegaba a cuatro horas, los editores pegaban a mano las noticias de última hora y la única solución que se planteaba era añadir servidores.',
      ],
      work: [
        'Reescribí la ingesta como un pipeline con asyncio: httpx para los feeds, con un límite de concurrencia y reintentos con espera creciente para cada socio; colas acotadas entre etapas, para que una etapa lenta frene a las anteriores en lugar de llenar la memoria; y los pasos que consumen CPU (miniaturas, extracción de texto) en un pool de procesos.',
        'Cada pieza lleva una clave de idempotencia, así que una entrega repetida o reintentada se guarda una sola vez. Cada etapa publica la longitud de su cola y su latencia, y el panel de guardia muestra dónde se están quedando esperando las piezas.',
        'Los scripts antiguos funcionaron en paralelo con el nuevo pipeline durante un mes, escribiendo en un índice en la sombra que comparábamos cada día, antes de pasar los feeds uno a uno.',
      ],
      outcomes: [
        { metric: 'De la llegada a la publicación, p95', figure: '4 h → 45 s' },
        { metric: 'Servidores de ingesta', figure: '12 → 4' },
        { metric: 'Piezas duplicadas al día', figure: '~300 → 0' },
      ],
    },
    'splitting-route-planning-out-of-a-logistics-monolith': {
      slug: 'sacar-la-planificacion-de-rutas-de-un-monolito-logistico',
      title: 'Sacar la planificación de rutas de un monolito logístico',
      client: 'Una empresa SaaS de logística',
      summary:
        'La planificación de rutas compartía workers con todo lo demás en un monolito Django y bloqueaba los despliegues cada mañana. Llevar esa única pieza a un servicio FastAPI redujo un plan de 2000 paradas de 14 minutos a 90 segundos.',
      problem: [
        'La empresa vende software de planificación de rutas y prueba de entrega a transportistas regionales. Todo vivía en una única aplicación Django, también el optimizador de rutas: una tarea muy intensiva en CPU que se ejecutaba en los mismos workers de Celery que los correos y las facturas.',
        'Las mañanas con más carga, planificar un día de 2000 paradas tardaba 14 minutos, las colas se atascaban y los conductores esperaban en el almacén. Los despliegues estaban congelados de 5 a 9 de la mañana, porque un reinicio mataba los planes en curso. El equipo estaba a punto de reescribirlo todo en microservicios.',
      ],
      work: [
        'No lo reescribimos todo. El perfilado mostró una parte con necesidades distintas del resto: la planificación de rutas dependía de la CPU, no tenía estado más allá de sus datos de entrada y la llevaban dos personas. Lo demás era una aplicación de negocio corriente, para la que Django funcionaba bien.',
        'Llevé el optimizador a un servicio FastAPI con sus propios workers, detrás de una API pequeña y versionada: el monolito envía las paradas y las restricciones y recibe el plan por webhook. La parte Django conservó sus modelos y su admin, y un feature flag hizo funcionar los dos planificadores en paralelo durante dos semanas para comparar sus planes.',
        'Con el trabajo pesado fuera de los workers de Celery, los despliegues ya no esperan a nada y el planificador escala por su cuenta en el pico de la mañana.',
      ],
      outcomes: [
        { metric: 'Planificar un día de 2000 paradas', figure: '14 min → 90 s' },
        { metric: 'Despliegues por semana', figure: '2 → 15' },
        { metric: 'En producción en', figure: '9 semanas' },
      ],
    },
    'fintech-api-n-plus-one-queries': {
      slug: 'api-fintech-consultas-n-mas-1',
      title: 'Una API fintech de 1,2 s a 180 ms',
      client: 'Demo: Northwind Payments',
      summary:
        'El panel de cuentas de una startup de pagos tardaba más de un segundo en cargar y empeoraba con cada cliente nuevo. Tres semanas de perfilado y correcciones en el ORM bajaron la latencia p95 a 180 ms, con una base de datos más pequeña.',
      problem: [
        'Los clientes de Northwind consultan sus cuentas, tarjetas y movimientos en un panel web que se apoya en una API de Django REST Framework. En el lanzamiento iba rápido. Dieciocho meses después, el endpoint de movimientos tardaba 1,2 s en el p95 y las cuentas más grandes llegaban a menudo al timeout de 30 segundos del gateway.',
        'El equipo ya había duplicado una vez la instancia de la base de datos y estaba a punto de volver a hacerlo. Nadie tenía tiempo de mirar más a fondo: cada sprint se iba en funcionalidades que esperaba el equipo comercial.',
      ],
      work: [
        'Empecé midiendo en lugar de adivinar: django-debug-toolbar sobre una copia anonimizada de producción y trazas de OpenTelemetry de los endpoints más lentos. La lista de movimientos lanzaba 214 consultas por petición, porque sus serializers cargaban la tarjeta, el comercio y la categoría de cada movimiento uno a uno.',
        'La mayor parte del arreglo fue poner select_related y prefetch_related en los querysets adecuados, además de dos subconsultas anotadas que sustituyeron cálculos de saldo hechos fila a fila en Python. Un índice compuesto sobre (account_id, created_at) hizo el resto para las cuentas más grandes.',
        'Para que no vuelva a pasar, cada endpoint importante tiene ahora un test con assertNumQueries en la integración continua, y enseñé al equipo a leer un plan de consulta, de modo que la próxima regresión se detecte en la revisión de código.',
      ],
      outcomes: [
        { metric: 'Latencia p95, API de movimientos', figure: '1,2 s → 180 ms' },
        { metric: 'Consultas por petición', figure: '214 → 9' },
        { metric: 'Factura de base de datos (AWS RDS)', figure: '−38\u00a0%' },
        { metric: 'En producción en', figure: '3 semanas' },
      ],
    },
  },

  home: {
    hero: {
      headline: 'Backends en Python y Django que siguen siendo rápidos mientras creces',
      subline:
        'Soy Pau Serrat, desarrollador backend freelance en Barcelona. Ayudo a startups y equipos de producto a acelerar APIs lentas, poner orden en su arquitectura y lanzar backends nuevos sin sobresaltos.',
      primaryLabel: 'Reserva una llamada gratuita de 30 minutos',
      secondaryLabel: 'Lee los artículos',
    },
    services: {
      heading: 'Cómo puedo ayudarte',
      intro:
        'Precio cerrado cuando el alcance está claro, por semanas cuando no lo está. Todo empieza con una llamada gratuita.',
      items: [
        {
          title: 'Auditoría de rendimiento',
          description:
            'Un análisis a fondo de tus endpoints, consultas y tareas en segundo plano más lentos, con trazas de producción. Recibes un informe escrito ordenado por impacto y esfuerzo, y las mejoras rápidas ya aplicadas.',
        },
        {
          title: 'Revisión de arquitectura',
          description:
            'Antes de una reescritura, de dividir el sistema en servicios o de una funcionalidad grande: una revisión de tu código, tu modelo de datos y tu infraestructura, y un plan que tu equipo pueda seguir sin mí.',
        },
        {
          title: 'Desarrollo backend',
          description:
            'APIs y backends SaaS nuevos en Django o FastAPI, con tests, documentación y un pipeline de despliegue desde la primera semana, con alcance cerrado o por semanas.',
        },
        {
          title: 'Asesoría técnica continua',
          description:
            'Unas horas al mes para revisiones de código, decisiones de arquitectura y contratación: la opinión de un backend sénior para un equipo que todavía no necesita uno a tiempo completo.',
        },
      ],
    },
    caseStudies: {
      heading: 'Problemas resueltos',
      intro: 'Algunos proyectos recientes, con las cifras de antes y de después.',
    },
    testimonials: { heading: 'Lo que dicen los clientes' },
    latestArticles: { heading: 'Últimos artículos' },
    callToAction: {
      heading: '¿Tu backend te está frenando?',
      text: 'Cuéntame qué estás construyendo y dónde te duele. Te daré una primera opinión sincera sobre qué arreglar primero y sobre si de verdad necesitas ayuda externa.',
      buttonLabel: 'Cuéntame tu proyecto',
    },
  },
}
