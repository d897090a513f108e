"""Blind batch F: Spanish replies to Ximena Robles (Mexico City)."""
from clients import H
from hosts_f import HOSTS_F

SUBJ = HOSTS_F['ximena']['subject']

GRUPO = [('Precedence', 'list'), ('Mailing-list', 'list papas-1b-colegio@googlegroups.com; contact papas-1b-colegio+owners@googlegroups.com'),
         ('List-ID', '<papas-1b-colegio.googlegroups.com>'),
         ('List-Post', '<https://groups.google.com/group/papas-1b-colegio/post>, <mailto:papas-1b-colegio@googlegroups.com>'),
         ('List-Unsubscribe', '<mailto:googlegroups-manage+90221384477+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/papas-1b-colegio/subscribe>')]


def X(client, answer, guests, cat, note, text, **kw):
    kw.setdefault('host', 'ximena')
    return H(client, 'es', answer, guests, cat, note, text, **kw)


CASES = [
    X('gmail', 'yes', '2', 'language', 'yes, child and me', '¡Hola Ximena! Sí, Emiliano va con gusto. Vamos él y yo, o sea 2.\n\nSaludos,\nFernanda',
      kid='Emiliano', who='Fernanda Aguilar', children=1, adults=1),
    X('gmail_android', 'no', '-', 'trap', 'no, reason after: at the in-laws',
      'Qué pena, no vamos a poder, estaremos en Cuernavaca con mis suegros ese fin. ¡Felicidades a Santi!',
      headers=GRUPO, sig='Recibiste este mensaje porque estás suscrito al grupo "Papás 1°B" de Grupos de Google.\n'
      'Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo electrónico a papas-1b-colegio+unsubscribe@googlegroups.com.'),
    X('iphone', 'yes', '-', 'trap', 'parent works, dad takes her', 'Yo trabajo ese sábado pero su papá la lleva, así que Regina sí va 😊', kid='Regina'),
    X('gmail', 'maybe', '-', 'trap', 'hedged: maybe we do not arrive, no promise',
      'A lo mejor no llegamos, tenemos otro compromiso temprano. No te prometo nada.'),
    X('samsung', 'no', '-', 'trap', 'indirect no: football tournament', 'Gracias, pero Diego tiene torneo de fútbol todo el día 🥲', kid='Diego'),
    X('gmail', 'unclear', '-', 'trap', 'number in a question', '¿Cuántos hermanos pueden ir? Tenemos tres niños 😅', must='yes'),
    X('iphone', 'yes', '-', 'emoji_short', 'short yes', 'Sí!! 🎉🎉'),
    X('outlook', 'yes', '4', 'headcount', '2 children, 2 adults, peanut allergy',
      'Sí vamos: 2 niños y 2 adultos. Mateo es alérgico al cacahuate, ojo con los dulces de la piñata 🙏', kid='Mateo', domain='prodigy.net.mx',
      children=2, adults=2, must='yes'),
    X('m365', 'no', '-', 'change_of_mind', 'new reply retracts quoted yes',
      'Ximena, una disculpa, al final no podremos ir, a mi mamá la operan ese día. Mil disculpas.', prev='Sí vamos, somos 3', prev_hours=45,
      domain='hotmail.com'),
    X('gmail', 'no', '-', 'change_of_mind', 'yes then no in one message',
      'Sí, claro que sí… uy no, espera, ese día es la primera comunión de mi sobrino. Entonces no, perdón 😞'),
    X('outlook_mobile', 'yes', '3', 'subject_only', 'answer and count at the end of the subject', '',
      subject='RE: ' + SUBJ + ' - sí asistimos, 3 personas'),
    X('gmail_android', 'yes', '1', 'headcount', 'drop-off, early pick-up', 'Sí va Valentina, nada más la dejo y paso por ella a las 4, que tenemos otra fiesta.',
      kid='Valentina', must='yes'),
    X('m365_html', 'no', '-', 'html_mime', 'formal short no', 'Hola, no podremos asistir. Saludos cordiales.'),
]
