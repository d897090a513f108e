"""Localised date names and client attribution lines."""

DAYS = {
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
    'es': 'lunes martes miércoles jueves viernes sábado domingo'.split(),
    'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
    'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
    'pt': 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(),
    'it': 'lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(),
    'nl': 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(),
    'pl': 'poniedziałek wtorek środa czwartek piątek sobota niedziela'.split(),
    'cs': 'pondělí úterý středa čtvrtek pátek sobota neděle'.split(),
    'hr': 'ponedjeljak utorak srijeda četvrtak petak subota nedjelja'.split(),
    'ru': 'понедельник вторник среда четверг пятница суббота воскресенье'.split(),
    'uk': 'понеділок вівторок середа четвер пʼятниця субота неділя'.split(),
    'tr': 'Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'.split(),
    'sv': 'måndag tisdag onsdag torsdag fredag lördag söndag'.split(),
    'ro': 'luni marți miercuri joi vineri sâmbătă duminică'.split(),
    'zh': '星期一 星期二 星期三 星期四 星期五 星期六 星期日'.split(),
}
SDAYS = {
    'en': 'Mon Tue Wed Thu Fri Sat Sun'.split(),
    'es': 'lun mar mié jue vie sáb dom'.split(),
    'fr': 'lun. mar. mer. jeu. ven. sam. dim.'.split(),
    'de': 'Mo. Di. Mi. Do. Fr. Sa. So.'.split(),
    'pt': 'seg. ter. qua. qui. sex. sáb. dom.'.split(),
    'it': 'lun mar mer gio ven sab dom'.split(),
    'nl': 'ma di wo do vr za zo'.split(),
    'pl': 'pon. wt. śr. czw. pt. sob. niedz.'.split(),
    'cs': 'po út st čt pá so ne'.split(),
    'hr': 'pon uto sri čet pet sub ned'.split(),
    'ru': 'пн вт ср чт пт сб вс'.split(),
    'uk': 'пн вт ср чт пт сб нд'.split(),
    'tr': 'Pzt Sal Çar Per Cum Cmt Paz'.split(),
    'sv': 'mån tis ons tors fre lör sön'.split(),
    'ro': 'lun. mar. mie. joi vin. sâm. dum.'.split(),
    'zh': '周一 周二 周三 周四 周五 周六 周日'.split(),
}
MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'cs': 'ledna února března dubna května června července srpna září října listopadu prosince'.split(),
    'hr': 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca'.split(),
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(),
    'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(),
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december'.split(),
    'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie'.split(),
}
SMONTHS = {
    'en': 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(),
    'en_US': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(),
    'es': 'ene feb mar abr may jun jul ago sept oct nov dic'.split(),
    'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(),
    'de': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(),
    'pt': 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(),
    'it': 'gen feb mar apr mag giu lug ago set ott nov dic'.split(),
    'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(),
    'pl': 'sty lut mar kwi maj cze lip sie wrz paź lis gru'.split(),
    'hr': 'sij velj ožu tra svi lip srp kol ruj lis stu pro'.split(),
    'ru': 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'.split(),
    'uk': 'січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.'.split(),
    'tr': 'Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara'.split(),
    'sv': 'jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.'.split(),
    'ro': 'ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.'.split(),
}


def base(ui):
    return 'en' if ui == 'en_US' else ui


def hm(dt):
    return '%02d:%02d' % (dt.hour, dt.minute)


def hm12(dt, sep=' '):
    h = dt.hour % 12 or 12
    return '%d:%02d%s%s' % (h, dt.minute, sep, 'AM' if dt.hour < 12 else 'PM')


def d(ui, dt):
    return DAYS[base(ui)][dt.weekday()]


def sd(ui, dt):
    return SDAYS[base(ui)][dt.weekday()]


def m(ui, dt):
    return MONTHS[base(ui)][dt.month - 1]


def sm(ui, dt):
    t = SMONTHS.get(ui) or SMONTHS[base(ui)]
    return t[dt.month - 1]


def ab(name, addr):
    return '%s <%s>' % (name, addr)


# ---------------------------------------------------------------- Gmail
def gmail_attr(ui, name, addr, dt):
    a = ab(name, addr)
    D, M, Y, t = dt.day, dt.month, dt.year, hm(dt)
    f = {
        'en': lambda: 'On %s, %d %s %d at %s, %s wrote:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'en_US': lambda: 'On %s, %s %d, %d at %s %s wrote:' % (sd('en', dt), sm('en_US', dt), D, Y, hm12(dt), a),
        'es': lambda: 'El %s, %d %s %d a las %s, %s (<%s>) escribió:' % (sd(ui, dt), D, sm(ui, dt), Y, t, name, addr),
        'fr': lambda: 'Le %s %d %s %d à %s, %s a écrit :' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'de': lambda: 'Am %s, %d. %s %d um %s Uhr schrieb %s:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'pt': lambda: 'Em %s, %d de %s de %d às %s, %s escreveu:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'it': lambda: 'Il giorno %s %d %s %d alle ore %s %s ha scritto:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'nl': lambda: 'Op %s %d %s %d om %s schreef %s:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'pl': lambda: '%s %d %s %d o %s %s napisał(a):' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'cs': lambda: '%s %d. %d. %d v %s odesílatel %s napsal:' % (sd(ui, dt), D, M, Y, t, a),
        'hr': lambda: '%s, %d. %s %d. u %s %s napisao je:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'ru': lambda: '%s, %d %s %d г. в %s, %s:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'uk': lambda: '%s, %d %s %d р. о %s %s пише:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'tr': lambda: '%d %s %d %s, %s tarihinde %s şunu yazdı:' % (D, sm(ui, dt), Y, sd(ui, dt), t, a),
        'sv': lambda: '%s %d %s %d kl. %s skrev %s:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'ro': lambda: '%s, %d %s %d la %s %s a scris:' % (sd(ui, dt), D, sm(ui, dt), Y, t, a),
        'zh': lambda: '%s 于%d年%d月%d日%s %s写道：' % (a, Y, M, D, sd(ui, dt), t),
    }
    return (f.get(ui) or f['en'])()


# ---------------------------------------------------------------- Apple
def apple_attr(ui, name, addr, dt):
    a = ab(name, addr)
    D, M, Y, t = dt.day, dt.month, dt.year, hm(dt)
    f = {
        'en': lambda: 'On %d %s %d, at %s, %s wrote:' % (D, sm('en_US', dt), Y, t, a),
        'en_US': lambda: 'On %s %d, %d, at %s, %s wrote:' % (sm('en_US', dt), D, Y, hm12(dt), a),
        'es': lambda: 'El %d %s %d, a las %s, %s escribió:' % (D, sm(ui, dt), Y, t, a),
        'fr': lambda: 'Le %d %s %d à %s, %s a écrit :' % (D, sm(ui, dt), Y, t, a),
        'de': lambda: 'Am %02d.%02d.%d um %s schrieb %s:' % (D, M, Y, t, a),
        'pt': lambda: 'Em %d de %s de %d, à(s) %s, %s escreveu:' % (D, sm(ui, dt), Y, t, a),
        'it': lambda: 'Il giorno %d %s %d, alle ore %s, %s ha scritto:' % (D, sm(ui, dt), Y, t, a),
        'nl': lambda: 'Op %d %s %d om %s heeft %s het volgende geschreven:' % (D, sm(ui, dt), Y, t, a),
        'pl': lambda: 'Wiadomość napisana przez %s w dniu %02d.%02d.%d, o godz. %s:' % (a, D, M, Y, t),
        'cs': lambda: '%d. %d. %d v %s, %s:' % (D, M, Y, t, a),
        'hr': lambda: '%d. %s %d. u %s, %s je napisao/la:' % (D, sm(ui, dt), Y, t, a),
        'ru': lambda: '%d %s %d г., в %s, %s написал(а):' % (D, sm(ui, dt), Y, t, a),
        'uk': lambda: '%d %s %d р. о %s %s написав(-ла):' % (D, sm(ui, dt), Y, t, a),
        'tr': lambda: '%d %s %d tarihinde %s saatinde, %s şunları yazdı:' % (D, sm(ui, dt), Y, t, a),
        'sv': lambda: '%d %s %d kl. %s skrev %s:' % (D, sm(ui, dt), Y, t, a),
        'ro': lambda: 'Pe %d %s %d, la %s, %s a scris:' % (D, sm(ui, dt), Y, t, a),
        'zh': lambda: '%d年%d月%d日 %s，%s 写道：' % (Y, M, D, t, a),
    }
    return (f.get(ui) or f['en'])()


IPHONE = {
    'en': 'Sent from my iPhone', 'en_US': 'Sent from my iPhone',
    'es': 'Enviado desde mi iPhone', 'fr': 'Envoyé de mon iPhone',
    'de': 'Von meinem iPhone gesendet', 'pt': 'Enviado do meu iPhone',
    'it': 'Inviato da iPhone', 'nl': 'Verstuurd vanaf mijn iPhone',
    'pl': "Wysłane z iPhone'a", 'cs': 'Odesláno z iPhonu',
    'hr': 'Poslano s mog iPhonea', 'ru': 'Отправлено с iPhone',
    'uk': 'Надіслано з iPhone', 'tr': "iPhone'umdan gönderildi",
    'sv': 'Skickat från min iPhone', 'ro': 'Trimis de pe iPhone-ul meu',
    'zh': '发自我的iPhone',
}
IPAD = {'en': 'Sent from my iPad', 'de': 'Von meinem iPad gesendet', 'es': 'Enviado desde mi iPad',
        'fr': 'Envoyé de mon iPad', 'en_US': 'Sent from my iPad'}

GALAXY = {
    'en': 'Sent from my Galaxy', 'en_US': 'Sent from my Galaxy',
    'es': 'Enviado desde mi Galaxy', 'fr': 'Envoyé de mon Galaxy',
    'de': 'Von meinem Galaxy gesendet', 'pt': 'Enviado do meu Galaxy',
    'pl': 'Wysłane z mojego Galaxy', 'ro': 'Trimis de pe Samsung Galaxy',
    'it': 'Inviato dal mio Galaxy', 'tr': "Galaxy'mden gönderildi",
    'hr': 'Poslano s mog Galaxy uređaja', 'nl': 'Verzonden vanaf mijn Galaxy',
}
SAMSUNG_HDR = {
    'en': ('-------- Original message --------', 'From:', 'Date:', 'To:', 'Subject:'),
    'es': ('-------- Mensaje original --------', 'De:', 'Fecha:', 'Para:', 'Asunto:'),
    'de': ('-------- Ursprüngliche Nachricht --------', 'Von:', 'Datum:', 'An:', 'Betreff:'),
    'fr': ("-------- Message d'origine --------", 'De :', 'Date :', 'À :', 'Objet :'),
    'pt': ('-------- Mensagem original --------', 'De:', 'Data:', 'Para:', 'Assunto:'),
    'pl': ('-------- Oryginalna wiadomość --------', 'Od:', 'Data:', 'Do:', 'Temat:'),
    'ro': ('-------- Mesaj original --------', 'De la:', 'Dată:', 'Către:', 'Subiect:'),
    'it': ('-------- Messaggio originale --------', 'Da:', 'Data:', 'A:', 'Oggetto:'),
    'tr': ('-------- Orijinal mesaj --------', 'Kimden:', 'Tarih:', 'Kime:', 'Konu:'),
    'hr': ('-------- Izvorna poruka --------', 'Od:', 'Datum:', 'Za:', 'Predmet:'),
    'nl': ('-------- Oorspronkelijk bericht --------', 'Van:', 'Datum:', 'Aan:', 'Onderwerp:'),
}


def samsung_date(ui, dt, tz):
    off = 'GMT%s%s:%s' % (tz[0], tz[1:3], tz[3:])
    if ui == 'en_US':
        return '%d/%d/%02d %s  (%s)' % (dt.month, dt.day, dt.year % 100, hm12(dt, ' '), off)
    return '%02d/%02d/%d %s  (%s)' % (dt.day, dt.month, dt.year, hm(dt), off)


# ---------------------------------------------------------------- Outlook
OUTLOOK = {
    # label From, Sent, To, Cc, Subject, original-message line, reply prefix
    'en': ('From:', 'Sent:', 'To:', 'Subject:', '-----Original Message-----', 'RE:'),
    'en_US': ('From:', 'Sent:', 'To:', 'Subject:', '-----Original Message-----', 'RE:'),
    'de': ('Von:', 'Gesendet:', 'An:', 'Betreff:', '-----Ursprüngliche Nachricht-----', 'AW:'),
    'es': ('De:', 'Enviado el:', 'Para:', 'Asunto:', '-----Mensaje original-----', 'RE:'),
    'fr': ('De :', 'Envoyé :', 'À :', 'Objet :', "-----Message d'origine-----", 'RE :'),
    'nl': ('Van:', 'Verzonden:', 'Aan:', 'Onderwerp:', '-----Oorspronkelijk bericht-----', 'RE:'),
    'pl': ('Od:', 'Wysłano:', 'Do:', 'Temat:', '-----Wiadomość oryginalna-----', 'ODP:'),
    'cs': ('Od:', 'Odesláno:', 'Komu:', 'Předmět:', '-----Původní zpráva-----', 'RE:'),
    'it': ('Da:', 'Inviato:', 'A:', 'Oggetto:', '-----Messaggio originale-----', 'R:'),
    'pt': ('De:', 'Enviada:', 'Para:', 'Assunto:', '-----Mensagem original-----', 'RE:'),
    'hr': ('Šalje:', 'Poslano:', 'Prima:', 'Predmet:', '-----Izvorna poruka-----', 'RE:'),
    'sv': ('Från:', 'Skickat:', 'Till:', 'Ämne:', '-----Ursprungligt meddelande-----', 'SV:'),
    'ro': ('De la:', 'Trimis:', 'Către:', 'Subiect:', '-----Mesaj original-----', 'RE:'),
    'tr': ('Kimden:', 'Gönderildi:', 'Kime:', 'Konu:', '-----Özgün İleti-----', 'YNT:'),
    'ru': ('От:', 'Отправлено:', 'Кому:', 'Тема:', '-----Original Message-----', 'RE:'),
    'uk': ('Від:', 'Надіслано:', 'Кому:', 'Тема:', '-----Original Message-----', 'RE:'),
}


def outlook_sent(ui, dt):
    b = base(ui)
    t = hm(dt)
    D, Y = dt.day, dt.year
    if ui == 'en_US':
        return '%s, %s %d, %d %s' % (d('en', dt), m('en', dt), D, Y, hm12(dt))
    f = {
        'en': '%s, %d %s %d %s' % (d(b, dt), D, m(b, dt), Y, t) if b == 'en' else None,
    }
    if b == 'en':
        return f['en']
    if b == 'de':
        return '%s, %d. %s %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b in ('es', 'pt'):
        return '%s, %d de %s de %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b in ('fr', 'it', 'nl'):
        return '%s %d %s %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b == 'pl':
        return '%s, %d %s %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b == 'cs':
        return '%s %d. %s %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b == 'hr':
        return '%s, %d. %s %d. %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b == 'sv':
        return 'den %d %s %d %s' % (D, m(b, dt), Y, t)
    if b in ('ro', 'tr'):
        return '%s, %d %s %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    if b in ('ru', 'uk'):
        return '%s, %d %s %d %s' % (d(b, dt), D, m(b, dt), Y, t)
    return '%s, %d %s %d %s' % (d('en', dt), D, m('en', dt), Y, t)


OUTLOOK_APP = {
    'en': 'Get Outlook for iOS', 'en_US': 'Get Outlook for Android',
    'es': 'Obtener Outlook para Android', 'de': 'Outlook für Android herunterladen',
    'fr': 'Télécharger Outlook pour iOS', 'pt': 'Obter o Outlook para Android',
    'it': 'Scarica Outlook per Android', 'nl': 'Outlook voor iOS downloaden',
    'pl': 'Pobierz aplikację Outlook dla systemu Android',
}


# ---------------------------------------------------------------- Thunderbird
def tb_attr(ui, name, dt):
    D, M, Y, t = dt.day, dt.month, dt.year, hm(dt)
    f = {
        'en': lambda: 'On %02d/%02d/%d %s, %s wrote:' % (D, M, Y, t, name),
        'en_US': lambda: 'On %d/%d/%d %s, %s wrote:' % (M, D, Y, hm12(dt), name),
        'de': lambda: 'Am %02d.%02d.%02d um %s schrieb %s:' % (D, M, Y % 100, t, name),
        'fr': lambda: 'Le %02d/%02d/%d à %s, %s a écrit :' % (D, M, Y, t, name),
        'es': lambda: 'El %d/%d/%02d a las %s, %s escribió:' % (D, M, Y % 100, t, name),
        'cs': lambda: 'Dne %02d. %02d. %02d v %s %s napsal(a):' % (D, M, Y % 100, t, name),
        'pl': lambda: 'W dniu %02d.%02d.%d o %s, %s pisze:' % (D, M, Y, t, name),
        'nl': lambda: 'Op %02d-%02d-%d om %s schreef %s:' % (D, M, Y, t, name),
        'it': lambda: 'Il %02d/%02d/%02d %s, %s ha scritto:' % (D, M, Y % 100, t, name),
        'sv': lambda: 'Den %d-%02d-%02d kl. %s, skrev %s:' % (Y, M, D, t, name),
        'ru': lambda: '%02d.%02d.%d %s, %s пишет:' % (D, M, Y, t, name),
        'pt': lambda: 'Em %02d/%02d/%d %s, %s escreveu:' % (D, M, Y, t, name),
        'hr': lambda: 'Dana %d.%d.%d. u %s, %s je napisao:' % (D, M, Y, t, name),
        'ro': lambda: 'Pe %02d.%02d.%d %s, %s a scris:' % (D, M, Y, t, name),
    }
    return (f.get(ui) or f['en'])()


# ---------------------------------------------------------------- Yahoo
def yahoo_attr(ui, name, addr, dt, tzname):
    a = '%s <%s>' % (name, addr)
    D, Y = dt.day, dt.year
    s = '%02d:%02d:%02d' % (dt.hour, dt.minute, dt.second)
    f = {
        'en': lambda: 'On %s, %d %s %d at %s %s, %s wrote:' % (d('en', dt), D, m('en', dt), Y, s, tzname, a),
        'en_US': lambda: 'On %s, %s %d, %d at %s %s, %s wrote:' % (d('en', dt), m('en', dt), D, Y, hm12(dt), tzname, a),
        'es': lambda: 'El %s, %d de %s de %d, %s %s, %s escribió:' % (d('es', dt), D, m('es', dt), Y, s, tzname, a),
        'fr': lambda: 'Le %s %d %s %d à %s UTC%s, %s a écrit :' % (d('fr', dt), D, m('fr', dt), Y, s, '+2', a),
        'de': lambda: 'Am %s, %d. %s %d um %s MESZ hat %s Folgendes geschrieben:' % (d('de', dt), D, m('de', dt), Y, s, a),
        'it': lambda: 'Il %s %d %s %d alle ore %s %s, %s ha scritto:' % (d('it', dt), D, m('it', dt), Y, s, tzname, a),
    }
    return (f.get(ui) or f['en'])()


YAHOO_APP = {'en': 'Sent from Yahoo Mail on Android', 'en_US': 'Sent from Yahoo Mail for iPhone',
             'es': 'Enviado desde Yahoo Mail con Android', 'fr': 'Envoyé de Yahoo Mail pour Android',
             'de': 'Von Yahoo Mail auf Android gesendet', 'it': 'Inviato da Yahoo Mail su Android'}


# ---------------------------------------------------------------- GMX / WEB.DE
def gmx_block(ui, name, addr, dt, to, subject):
    if base(ui) == 'de':
        return ['Gesendet: %s, %02d. %s %d um %s Uhr' % (d('de', dt), dt.day, m('de', dt), dt.year, hm(dt)),
                'Von: "%s" <%s>' % (name, addr), 'An: %s' % to, 'Betreff: %s' % subject]
    return ['Sent: %s, %s %d, %d at %s' % (d('en', dt), m('en', dt), dt.day, dt.year, hm12(dt)),
            'From: "%s" <%s>' % (name, addr), 'To: %s' % to, 'Subject: %s' % subject]


# ---------------------------------------------------------------- Proton
def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def proton_attr(ui, name, addr, dt):
    if base(ui) == 'de':
        return 'Am %s, %d. %s %d um %s schrieb %s <%s>:' % (d('de', dt), dt.day, m('de', dt), dt.year, hm(dt), name, addr)
    if base(ui) == 'fr':
        return 'Le %s %d %s %d à %s, %s <%s> a écrit :' % (d('fr', dt), dt.day, m('fr', dt), dt.year, hm(dt), name, addr)
    return 'On %s, %s %s, %d at %s, %s <%s> wrote:' % (d('en', dt), m('en', dt), ordinal(dt.day), dt.year,
                                                       hm12(dt), name, addr)


# ---------------------------------------------------------------- mutt
def mutt_attr(name, dt, tz):
    h = dt.hour % 12 or 12
    return 'On %s, %s %02d, %d at %02d:%02d:%02d%s %s, %s wrote:' % (
        SDAYS['en'][dt.weekday()], SMONTHS['en_US'][dt.month - 1], dt.day, dt.year, h, dt.minute, dt.second,
        'AM' if dt.hour < 12 else 'PM', tz, name)
