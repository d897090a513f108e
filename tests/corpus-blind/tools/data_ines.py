"""Replies to Inés Castellanos (Zaragoza): Lucas cumple 7, sáb 16 mayo 2026."""
from spec import H

I = 'ines'

# ------------------------------------------------------------------ language (es)
H(I, 'gmail', 'Elena Marín <elena.marin.zgz@gmail.com>', 'es', 'yes', 2, 'language',
  '(es) sí; Martina + mamá se queda', """
¡Hola Inés! Sí, Martina va encantada 😊 Yo me quedo un ratito si os parece bien, así que somos dos. Ojo que Martina no puede tomar huevo.
Un beso
""", ch=1, ad=1, kid='Martina', must='huevo')

H(I, 'iphone', 'Raquel Sanz <raquelsanz@hotmail.es>', 'es', 'no', '-', 'language',
  '(es) no + motivo (estaremos en Huesca)', """
Hola Inés, qué pena, no podemos ir, ese finde estaremos en Huesca con los abuelos. ¡Felicidades a Lucas!
""", kid='Vera')

H(I, 'gmail_android', 'Óscar Lahoz <oscar.lahoz@gmail.com>', 'es', 'yes', 1, 'language',
  '(es) sí; el padre trabaja, la abuela lo lleva y recoge', """
Hola! Sí, Hugo irá. Yo trabajo esa tarde pero lo lleva su abuela y lo recoge a las 20:00
""", ch=1, ad=0, kid='Hugo', must='20:00')

H(I, 'gmail', 'Nuria Blasco <nuria.blasco@gmail.com>', 'es', 'maybe', '-', 'language',
  '(es) puede que no lleguemos = maybe', """
Hola Inés, puede que no lleguemos, Pablo tiene partido a las 16:00 en Utebo. Si llega a tiempo vamos, pero no te lo puedo asegurar.
""", kid='Pablo')

H(I, 'iphone', 'Kevin Doyle <kevindoyle@icloud.com>', 'en', 'maybe', '-', 'plain',
  'not sure yet, depends on shift = maybe', """
Not sure yet, depends if they change my shift that weekend. I'll let you know Thursday!
""", kid='Bruno', ui='es')

H(I, 'gmail', 'Pilar Gracia <pilar.gracia.l@gmail.com>', 'es', 'no', '-', 'language',
  '(es) nos encantaría pero no; motivo', """
Nos encantaría, pero no va a poder ser: estaremos en Madrid en el concierto de fin de curso de mi hija mayor. ¡Que lo paséis genial!
""", kid='Daniela')

H(I, 'gmail_android', 'Amy Collins <amycollins.zgz@gmail.com>', 'en', 'yes', '-', 'emoji_short',
  'of course + emoji', """
Of course!! We'll be there 🎉🎉
""", kid='Noa')

H(I, 'yahoo', 'Sandrine Lefèvre <sandrine.lefevre@yahoo.fr>', 'fr', 'maybe', '-', 'language',
  '(fr) peut-être, ça dépend du travail', """
Bonjour Inés, peut-être, ça dépend si mon mari finit tôt ce jour-là. Je vous confirme dès que je sais.
""", kid='Olivia', ui='fr')

H(I, 'gmail', 'Marta Esteban <marta.esteban.p@gmail.com>', 'es', 'yes', 1, 'language',
  '(es) sí + celíaca, sin gluten', """
¡Hola! Sí, Carla va. Es celíaca, así que sin gluten por favor. Si os viene mejor le llevo yo su merienda, sin problema.
""", ch=1, kid='Carla', must='celíaca|sin gluten')

H(I, 'outlook', 'Ramón Lasheras <rlasheras@asesorialanuza.es>', 'es', 'yes', 1, 'signature',
  '(es) firma + aviso legal con "no"', """
Hola Inés:

Bruno va seguro. Lo dejo a las cinco y lo recojo al terminar.

Un saludo,
Ramón

Ramón Lasheras Pérez
Asesoría Lanuza · Pº Independencia 21, 50001 Zaragoza
Tel. 976 55 01 22

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, no está autorizado a leerlo, copiarlo ni distribuirlo; por favor, comuníquelo al remitente y bórrelo. No imprima este correo si no es necesario.
""", ch=1, ad=0, kid='Bruno', cs='iso-8859-15')

H(I, 'gmail', 'María José Lafuente <mjlafuente.fisio@gmail.com>', 'es', 'yes', 1, 'signature',
  '(es) firma con "No imprimas"', """
Aitana se apunta!! Gracias por acordarte de ella 💕

--
María José Lafuente
Fisioterapeuta · Clínica Moncayo
No imprimas este correo si no es necesario 🌱
""", ch=1, kid='Aitana')

H(I, 'outlook', 'Fernando Gil Royo <fgil@construccionesebro.es>', 'es', 'no', '-', 'html_mime',
  '(es) windows-1252 Word HTML; no, estaremos en Madrid', """
Buenas tardes, Inés:

Muchas gracias por la invitación. Lamentablemente Izan no podrá asistir, ya que ese fin de semana estaremos en Madrid.

Un saludo,
Fernando Gil
""", kid='Izan', cs='windows-1252')

H(I, 'owa', 'Amanda Fox <amanda.fox@outlook.com>', 'en', 'yes', 1, 'html_mime',
  'HTML-only Outlook.com; yes + pick-up question', """
Hi! Yes, Lola will come 🙂 What time should we pick her up exactly?
""", ch=1, kid='Lola', must='pick her up', ui='es')

H(I, 'samsung', 'David Royo <davidroyo1985@gmail.com>', 'es', 'yes', 1, 'html_mime',
  '(es) Samsung base64, sin tildes', """
Hola Ines, si, Marco va. Gracias!!
""", ch=1, kid='Marco')

H(I, 'outlook', 'José Luis Pardo <jlpardo@telefonica.net>', 'es', 'yes', 2, 'quoted',
  '(es) Outlook "-----Mensaje original-----", iso-8859-1; Pablo y yo', """
Inés, cuenta con nosotros. Somos 2 (Pablo y yo).

José Luis
""", ch=1, ad=1, kid='Pablo', old=True, cs='iso-8859-1')

H(I, 'thunderbird', 'Graham Lowe <graham.lowe@btinternet.com>', 'en', 'yes', '-', 'quoted',
  'Thunderbird, bottom-posted under the Spanish invitation', """
We'll be there, thanks for inviting us.

Graham
""", kid='Daniela', bottom=True)

H(I, 'gmail', 'Cristina Bernal <cristina.bernal.b@gmail.com>', 'es', 'no', '-', 'quoted',
  '(es) no con el cuerpo citado lleno de "sí, no o quizás"', """
Ayyy qué pena!! Ese día tenemos boda en Logroño y volvemos el domingo. Noa se va a llevar un disgusto... Felicidades a Lucas de nuestra parte
""", kid='Noa')

# ------------------------------------------------------------------ trap (es)
H(I, 'iphone', 'Lucía Ferrer <luciaferrer@icloud.com>', 'es', 'no', '-', 'trap',
  '(es) respuesta indirecta: comunión ese sábado', """
Ese sábado tenemos la comunión de mi sobrina en Teruel, lo siento mucho. Pásalo bomba Lucas!!
""", kid='Mateo')

H(I, 'gmail', 'Patricia Vidal <patri.vidal@gmail.com>', 'es', 'yes', '-', 'trap',
  '(es) "No te preocupes" = sí', """
No te preocupes, ¡allí estaremos! Gracias Inés
""", kid='Leo')

H(I, 'gmail_android', 'Jorge Casado <jorge.casado.m@gmail.com>', 'es', 'no', '-', 'trap',
  '(es) empieza con "Sí" (acuse) pero no vienen', """
Sí, he visto la invitación, muchas gracias, pero no vamos a poder ir porque ese fin de semana estamos de mudanza 📦
""", kid='Álex')

H(I, 'iphone', 'Irene Marco <irene.marco@icloud.com>', 'es', 'yes', '-', 'trap',
  '(es) "No faltaremos" = sí', """
No faltaremos 😉
""", kid='Vera')

H(I, 'gmail', 'Silvia Arnal <silvia.arnal@gmail.com>', 'es', 'maybe', '-', 'trap',
  '(es) "no te digo que no" pero sin confirmar = maybe', """
No te digo que no, pero aún no lo sé seguro, tenemos pendiente un viaje. Te confirmo la semana que viene
""", kid='Olivia')

H(I, 'gmail', 'Andrés Calvo <andres.calvo.z@gmail.com>', 'es', 'unclear', '-', 'trap',
  '(es) número dentro de una pregunta, no es recuento', """
Hola! ¿Pueden venir también los hermanos? Son dos, de 3 y 5 años
""", kid='Izan')

# ------------------------------------------------------------------ headcount (es)
H(I, 'gmail', 'Eva Latorre <eva.latorre@gmail.com>', 'es', 'yes', 4, 'headcount',
  '(es) vamos los 4: 2 niños + 2 adultos', """
Vamos los 4: Daniela, su hermano, mi marido y yo 😄 ¿Hay sitio para aparcar cerca? ¡Gracias!
""", ch=2, ad=2, kid='Daniela', must='aparcar')

H(I, 'iphone', 'Francesca Longo <francesca.longo@icloud.com>', 'it', 'yes', 3, 'headcount',
  '(it) saremo in 3: Vera, la cugina e io', """
Saremo in 3: Vera, sua cugina (che è da noi quei giorni) e io. Se non è un disturbo, ovviamente!
""", ch=2, ad=1, kid='Vera', ui='it')

H(I, 'gmail', 'Daniel Hughes <daniel.hughes.zgz@gmail.com>', 'en', 'yes', 3, 'headcount',
  'Marco, his little brother and me = 3', """
It'll be Marco, his little brother and me. Thanks for the invite!
""", ch=2, ad=1, kid='Marco', ui='es')

# ------------------------------------------------------------------ emoji / short (es)
H(I, 'gmail_android', 'Sara Pueyo <sara.pueyo@gmail.com>', '-', 'yes', '-', 'emoji_short',
  'pulgar con tono de piel', """
👍🏼
""", kid='Carla')

H(I, 'iphone', 'Miriam Gállego <miriamgallego@icloud.com>', 'es', 'yes', '-', 'emoji_short',
  '(es) "sii vamos" sin tilde', """
sii vamos!! 😍
""", kid='Lola')

H(I, 'gmail', 'Tony Bishop <tony.bishop@gmail.com>', 'en', 'no', '-', 'emoji_short',
  'short no with emoji', """
can't make it sorry 😢
""", kid='Hugo')

# ------------------------------------------------------------------ change of mind (es)
H(I, 'gmail', 'Natalia Romeo <natalia.romeo@gmail.com>', 'es', 'no', '-', 'change_of_mind',
  '(es) sí anterior (citado) retirado: fiebre', """
Inés, al final no vamos a poder ir, a Noa le ha subido la fiebre esta noche 🤒 Lo siento muchísimo
""", kid='Noa', prev=('Sí vamos!! 😊\n', 2))

H(I, 'iphone', 'Simon Ward <simonward@icloud.com>', 'en', 'yes', 1, 'change_of_mind',
  'said no earlier (not quoted); now yes, latest statement wins', """
I told you no before, but the trip's been cancelled so Leo CAN come after all! Sorry for the mess
""", ch=1, kid='Leo', ui='es')

# ------------------------------------------------------------------ subject only (es)
H(I, 'outlook', 'Begoña Usón <buson@gestoriauson.es>', 'es', 'yes', 3, 'subject_only',
  '(es) respuesta y recuento solo en el asunto', '',
  kid='Aitana', subj='RE: {S} - sí vamos los 3', cs='iso-8859-1')

H(I, 'iphone', 'Liam Byrne <liam.byrne@icloud.com>', 'en', 'no', '-', 'subject_only',
  'no only in the subject', '',
  kid='Pablo', subj="Re: {S}: can't make it, sorry!")

# ------------------------------------------------------------------ calendar (es)
H(I, 'cal_outlook', 'Ana Belén Catalán <anabelen.catalan@outlook.es>', 'es', 'yes', '-', 'calendar',
  '(es) Outlook "Aceptado:" sin comentario', '', partstat='ACCEPTED', kid='Olivia')

H(I, 'cal_outlook', 'Luis Miguel Embid <lmembid@embid-asociados.es>', 'es', 'yes', 2, 'calendar',
  '(es) Rechazado, pero el comentario dice que la niña va con su padre', """
Yo no puedo ir, pero Olivia irá con su padre 😊
""", partstat='DECLINED', ch=1, ad=1, kid='Olivia')

H(I, 'cal_google', 'Marina Tello <marina.tello@gmail.com>', 'es', 'maybe', '-', 'calendar',
  '(es) Google "Aceptada provisionalmente", sin nota', '', partstat='TENTATIVE', kid='Carla')

H(I, 'cal_outlook', 'Gonzalo Ruiz <gonzalo.ruiz@hotmail.es>', 'es', 'no', '-', 'calendar',
  '(es) Rechazado; el comentario no cambia la asistencia', """
Gracias por la invitación, ¡que lo paséis genial!
""", partstat='DECLINED', kid='Bruno')

# ------------------------------------------------------------------ unclear (es)
H(I, 'gmail', 'Susana Navarro <susana.navarro.z@gmail.com>', 'es', 'unclear', '-', 'unclear',
  '(es) solo pregunta por el sitio', """
Inés, ¿es en la ludoteca de la calle San Vicente o en la nueva que han abierto en Delicias?
""", kid='Mateo')

H(I, 'gmail_android', 'Carlos Abad <carlos.abad@gmail.com>', 'es', 'unclear', '-', 'unclear',
  '(es) hilo equivocado: libro de mates', """
Hola! Alguien tiene el libro de mates de 1º? Martina se lo ha dejado en clase 🙈
""", kid='Martina')

H(I, 'iphone', 'Rebecca Young <rebecca.young@icloud.com>', 'en', 'unclear', '-', 'unclear',
  'defers to the other parent without leaning', """
I'll talk to his dad and let you know
""", kid='Izan', ui='es')

# ------------------------------------------------------------------ notes (es)
H(I, 'gmail', 'Lorena Bielsa <lorena.bielsa@gmail.com>', 'es', 'yes', 1, 'plain',
  '(es) sí + audífono (accesibilidad)', """
Sí, Izan irá! Lleva audífono, así que si hay mucho ruido a veces no se entera de las instrucciones de la gymkana. Lo digo por si acaso 😊
""", ch=1, kid='Izan', must='audífono')

H(I, 'gmail_android', 'Rebeca Lacasa <rebeca.lacasa@gmail.com>', 'es', 'yes', 1, 'plain',
  '(es) sí + hora de recogida', """
Si! Lola va, la recojo a las 19:30 que tenemos cena familiar
""", ch=1, kid='Lola', must='19:30')

H(I, 'iphone', 'Joana Ferreira <joana.ferreira@icloud.com>', 'pt', 'yes', 1, 'plain',
  '(pt) sim + intolerância à lactose', """
O Mateo confirma!! 🙌 Tem intolerância à lactose, digo por causa do bolo
""", ch=1, kid='Mateo', must='lactose', ui='pt')

# ------------------------------------------------------------------ English-speaking families
H(I, 'gmail', 'Hannah Price <hannah.price.zgz@gmail.com>', 'en', 'yes', 1, 'plain',
  'English reply above a Spanish quote; yes + offer of help', """
Hi Inés! Yes, Noa will come, thanks so much. Do you need a hand with anything on the day? Happy to help with the piñata chaos.
""", ch=1, kid='Noa', ui='es')

H(I, 'iphone', 'Mark Ellis <markellis@me.com>', 'en', 'no', '-', 'quoted',
  'English reply over Spanish Gmail/Apple quote; away in the UK', """
Hi Ines, sorry - we're back in the UK visiting family that week. Happy birthday Lucas!
""", kid='Leo', ui='es')

H(I, 'proton', 'Jessica Tan <jessica.tan@proton.me>', 'en', 'maybe', '-', 'plain',
  '"Possibly! Depends" = maybe', """
Possibly! Depends on whether Hugo's cough has gone by then. Will keep you posted.
""", kid='Hugo')

H(I, 'gmail_android', 'Peter Lindgren <peter.lindgren@gmail.com>', 'en', 'yes', 3, 'headcount',
  'me, Leo and his baby brother = 3', """
Yes! There'll be three of us - me, Leo and his baby brother (who will mostly sleep, hopefully). We'll need to leave at 7 for the baby's bedtime.
""", ch=2, ad=1, kid='Leo', must='leave at 7')

H(I, 'owa', 'Claire Dubois-Hart <claire.dh@outlook.com>', 'en', 'yes', 1, 'html_mime',
  'HTML-only reply; allergic to kiwi', """
Yes please, Vera will come. She's allergic to kiwi (weird, I know!) so just flagging it.
""", ch=1, kid='Vera', must='allergic to kiwi', ui='es')

H(I, 'mutt', 'Rob Kendall <rob@kendall.me.uk>', 'en', 'no', '-', 'plain',
  'idiomatic no: "give it a miss"; communion in Valencia', """
Thanks Inés - Hugo's at his cousin's first communion in Valencia that day, so we'll have to give it a miss this time.
""", kid='Hugo')

H(I, 'applemail', 'Sophie Carter <sophie.carter@icloud.com>', 'en', 'unclear', '-', 'unclear',
  'asks about the present, no commitment', """
Hi Inés, what is Lucas into at the moment? Trying to think of a present 😊
""", kid='Carla', ui='es')

# ------------------------------------------------------------------ other languages
H(I, 'gmail', 'Camille Roux <camille.roux.zgz@gmail.com>', 'fr', 'no', '-', 'language',
  '(fr) non; on sera chez mamie', """
Bonjour Inés,
merci beaucoup pour l'invitation ! Malheureusement on ne pourra pas venir, on sera chez mamie à Toulouse ce week-end-là. Bon anniversaire à Lucas !
Camille
""", kid='Jules')

H(I, 'iphone', 'Julien Faure <julien.faure@icloud.com>', 'fr', 'yes', 1, 'language',
  '(fr) oui + végétarien', """
Coucou Inés, oui Jules viendra avec plaisir ! Il est végétarien, juste pour info 🙂
""", ch=1, kid='Jules', must='végétarien')

H(I, 'gmail', 'Inês Carvalho <ines.carvalho.pt@gmail.com>', 'pt', 'yes', 1, 'language',
  '(pt) sim', """
Olá Inés! Sim, o Tomás vai, obrigada pelo convite 😘
""", ch=1, kid='Tomás')

H(I, 'libero', 'Giulia Rinaldi <giulia.rinaldi@libero.it>', 'it', 'yes', 2, 'language',
  '(it) sì; Giulia + mamma, siamo in due', """
Ciao Inés! Sì, Sofia viene volentieri. Io resto con lei, quindi siamo in due. Sofia è allergica alle fragole.
Grazie mille,
Giulia
""", ch=1, ad=1, kid='Sofia', cs='iso-8859-1', must='allergica alle fragole')

H(I, 'gmail', 'Marco Bellini <marco.bellini.zgz@gmail.com>', 'it', 'no', '-', 'language',
  '(it) purtroppo non; dai nonni', """
Ciao, purtroppo non riusciamo, quel weekend saremo dai nonni a Bologna. Tanti auguri a Lucas!
""", kid='Tommaso')

H(I, 'gmail_android', 'Elena Stan <elena.stan@gmail.com>', 'ro', 'yes', 1, 'language',
  '(ro) da; tatăl o aduce și o ia la 20:00', """
Bună Inés! Da, Ana vine cu drag. Eu lucrez sâmbătă, o aduce tatăl ei și o ia la 20:00.
""", ch=1, ad=0, kid='Ana', must='20:00')

H(I, 'gmail', 'Mihai Ionescu <mihai.ionescu.zgz@gmail.com>', 'ro', 'maybe', '-', 'language',
  '(ro) poate / nu știm sigur = maybe', """
Salut, poate venim, încă nu știm sigur. Îți spun până joi.
""", kid='David')

H(I, 'gmail', 'Fatima Benali <fatima.benali@gmail.com>', 'ar', 'yes', 1, 'language',
  '(ar) نعم، ياسين سيحضر', """
مرحباً إينيس، نعم سيحضر ياسين إن شاء الله. شكراً جزيلاً على الدعوة 🌷
""", ch=1, kid='Yassin')
