"""Localised date formats, quote attributions and footers written by mail clients.

Only what the corpus builder needs: each function takes a language code and a
timezone-aware datetime and returns the text a given client would write.
Unknown languages fall back to English, as real clients do when their UI
language differs from the writer's.
"""

WD = {  # Monday first: (abbrev, full)
    'en': ('Mon Tue Wed Thu Fri Sat Sun', 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'),
    'de': ('Mo Di Mi Do Fr Sa So', 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'),
    'es': ('lun mar mié jue vie sáb dom', 'lunes martes miércoles jueves viernes sábado domingo'),
    'fr': ('lun mar mer jeu ven sam dim', 'lundi mardi mercredi jeudi vendredi samedi dimanche'),
    'pt': ('seg ter qua qui sex sáb dom', 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'),
    'it': ('lun mar mer gio ven sab dom', 'lunedì martedì mercoledì giovedì venerdì sabato domenica'),
    'nl': ('ma di wo do vr za zo', 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
    'pl': ('pon wt śr czw pt sob niedz', 'poniedziałek wtorek środa czwartek piątek sobota niedziela'),
    'tr': ('Pzt Sal Çar Per Cum Cmt Paz', 'Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'),
    'hr': ('pon uto sri čet pet sub ned', 'ponedjeljak utorak srijeda četvrtak petak subota nedjelja'),
    'sr': ('пон уто сре чет пет суб нед', 'понедељак уторак среда четвртак петак субота недеља'),
    'ru': ('пн вт ср чт пт сб вс', 'понедельник вторник среда четверг пятница суббота воскресенье'),
    'zh': ('一 二 三 四 五 六 日', '星期一 星期二 星期三 星期四 星期五 星期六 星期日'),
    'ar': ('الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد', 'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'),
    'sv': ('mån tis ons tors fre lör sön', 'måndag tisdag onsdag torsdag fredag lördag söndag'),
    'cs': ('po út st čt pá so ne', 'pondělí úterý středa čtvrtek pátek sobota neděle'),
}
MON = {
    'en': ('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec', 'January February March April May June July August September October November December'),
    'de': ('Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.', 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
    'es': ('ene feb mar abr may jun jul ago sept oct nov dic', 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
    'fr': ('janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.', 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
    'pt': ('jan fev mar abr mai jun jul ago set out nov dez', 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
    'it': ('gen feb mar apr mag giu lug ago set ott nov dic', 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
    'nl': ('jan feb mrt apr mei jun jul aug sep okt nov dec', 'januari februari maart april mei juni juli augustus september oktober november december'),
    'pl': ('sty lut mar kwi maj cze lip sie wrz paź lis gru', 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
    'tr': ('Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara', 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
    'hr': ('sij velj ožu tra svi lip srp kol ruj lis stu pro', 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca'),
    'sr': ('јан феб мар апр мај јун јул авг сеп окт нов дец', 'јануар фебруар март април мај јун јул август септембар октобар новембар децембар'),
    'ru': ('янв фев мар апр мая июн июл авг сен окт ноя дек', 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
    'zh': ('1 2 3 4 5 6 7 8 9 10 11 12', '1 2 3 4 5 6 7 8 9 10 11 12'),
    'ar': ('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر', 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'),
    'sv': ('jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.', 'januari februari mars april maj juni juli augusti september oktober november december'),
    'cs': ('led úno bře dub kvě čvn čvc srp zář říj lis pro', 'ledna února března dubna května června července srpna září října listopadu prosince'),
}


def _t(table, lang, full, i):
    row = table.get(lang) or table['en']
    return row[1 if full else 0].split(' ')[i]


def wd(lang, d, full=False):
    return _t(WD, lang, full, d.weekday())


def mon(lang, d, full=False):
    return _t(MON, lang, full, d.month - 1)


def hm(d):
    return d.strftime('%H:%M')


def ampm(d):
    h = d.hour % 12 or 12
    return '%d:%02d %s' % (h, d.minute, 'AM' if d.hour < 12 else 'PM')


def gmail_attr(lang, d, name, email, us=False):
    a = dict(n=name, e=email, D=d.day, Y=d.year, t=hm(d))
    if lang == 'de':
        return 'Am %s., %d. %s %d um %s Uhr schrieb %s <%s>:' % (wd(lang, d), d.day, mon(lang, d, True), d.year, hm(d), name, email)
    if lang == 'es':
        return 'El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:' % (wd(lang, d), d.day, mon(lang, d), d.year, d.hour, d.minute, name, email)
    if lang == 'fr':
        return 'Le %s. %d %s %d à %s, %s <%s> a écrit :' % (wd(lang, d), d.day, mon(lang, d, True), d.year, hm(d), name, email)
    if lang == 'pt':
        return 'Em %s., %d de %s. de %d às %s, %s <%s> escreveu:' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'it':
        return 'Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'nl':
        return 'Op %s %d %s %d om %s schreef %s <%s>:' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'pl':
        return '%s., %d %s %d o %s %s <%s> napisał(a):' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'tr':
        return '%s <%s>, %d %s %d %s, %s tarihinde şunu yazdı:' % (name, email, d.day, mon(lang, d), d.year, wd(lang, d), hm(d))
    if lang == 'hr':
        return '%s, %d. %s %d. u %s %s <%s> napisao je:' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'sr':
        return '%s, %d. %s %d. у %s %s <%s> је написао/ла:' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'ru':
        return '%s, %d %s %d г. в %s, %s <%s>:' % (wd(lang, d), d.day, mon(lang, d, True), d.year, hm(d), name, email)
    if lang == 'zh':
        return '%s <%s> 于%d年%d月%d日周%s %s写道：' % (name, email, d.year, d.month, d.day, wd(lang, d), hm(d))
    if lang == 'ar':
        h = d.hour % 12 or 12
        return '\u202bفي %s، %d %s %d في %d:%02d %s تمت كتابة ما يلي بواسطة \u202a%s\u202c\u200f <\u202a%s\u202c\u200f>:\u202c' % (
            wd(lang, d), d.day, mon(lang, d), d.year, h, d.minute, 'م' if d.hour >= 12 else 'ص', name, email)
    if lang == 'sv':
        return 'Den %s %d %s %d kl %s skrev %s <%s>:' % (wd(lang, d), d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'cs':
        return '%s %d. %d. %d v %s odesílatel %s <%s> napsal:' % (wd(lang, d).capitalize(), d.day, d.month, d.year, hm(d), name, email)
    if us:
        return 'On %s, %s %d, %d at %s %s <%s> wrote:' % (wd('en', d), mon('en', d), d.day, d.year, ampm(d), name, email)
    return 'On %s, %d %s %d at %s, %s <%s> wrote:' % (wd('en', d), d.day, mon('en', d), d.year, hm(d), name, email)


def apple_attr(lang, d, name, email):
    if lang == 'de':
        return 'Am %02d.%02d.%d um %s schrieb %s <%s>:' % (d.day, d.month, d.year, hm(d), name, email)
    if lang == 'fr':
        return 'Le %d %s %d à %s, %s <%s> a écrit :' % (d.day, mon(lang, d, True), d.year, hm(d), name, email)
    if lang == 'es':
        return 'El %d %s %d, a las %d:%02d, %s <%s> escribió:' % (d.day, mon(lang, d), d.year, d.hour, d.minute, name, email)
    if lang == 'pt':
        return 'Em %d de %s de %d, à(s) %s, %s <%s> escreveu:' % (d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'it':
        return 'Il giorno %d %s %d, alle ore %s, %s <%s> ha scritto:' % (d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'nl':
        return 'Op %d %s %d om %s heeft %s <%s> het volgende geschreven:' % (d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'pl':
        return 'Wiadomość napisana przez %s <%s> w dniu %d.%02d.%d, o godz. %s:' % (name, email, d.day, d.month, d.year, hm(d))
    if lang == 'tr':
        return '%d %s %d tarihinde %s saatinde, %s <%s> şunları yazdı:' % (d.day, mon(lang, d, True), d.year, hm(d), name, email)
    if lang in ('hr', 'sr'):
        return '%d. %s %d. u %s, %s <%s> je napisao/la:' % (d.day, mon('hr', d), d.year, hm(d), name, email)
    if lang == 'zh':
        return '在 %d年%d月%d日，%s，%s <%s> 写道：' % (d.year, d.month, d.day, hm(d), name, email)
    if lang == 'ar':
        return 'في %d %s %d، الساعة %s، كتب %s <%s>:' % (d.day, mon(lang, d), d.year, hm(d), name, email)
    if lang == 'ru':
        return '%d %s %d г., в %s, %s <%s> написал(а):' % (d.day, mon(lang, d, True), d.year, hm(d), name, email)
    return 'On %d %s %d, at %s, %s <%s> wrote:' % (d.day, mon('en', d), d.year, hm(d), name, email)


def tb_attr(lang, d, name):
    if lang == 'de':
        return 'Am %02d.%02d.%02d um %s schrieb %s:' % (d.day, d.month, d.year % 100, hm(d), name)
    if lang == 'fr':
        return 'Le %02d/%02d/%d à %s, %s a écrit :' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'pl':
        return 'W dniu %d.%02d.%d o %s, %s pisze:' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'nl':
        return 'Op %02d-%02d-%d om %s schreef %s:' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'ru':
        return '%02d.%02d.%d %s, %s пишет:' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'cs':
        return 'Dne %d. %02d. %d v %s %s napsal(a):' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'it':
        return 'Il %02d/%02d/%d %s, %s ha scritto:' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'es':
        return 'El %d/%d/%d a las %s, %s escribió:' % (d.day, d.month, d.year, hm(d), name)
    if lang in ('hr', 'sr'):
        return '%d.%d.%d. u %s, %s je napisao:' % (d.day, d.month, d.year, hm(d), name)
    if lang == 'sv':
        return 'Den %d-%02d-%02d kl. %s, skrev %s:' % (d.year, d.month, d.day, hm(d), name)
    return 'On %02d/%02d/%d %s, %s wrote:' % (d.day, d.month, d.year, hm(d), name)


OUTLOOK_LABELS = {
    'en': ('From', 'Sent', 'To', 'Subject', '-----Original Message-----'),
    'de': ('Von', 'Gesendet', 'An', 'Betreff', '-----Ursprüngliche Nachricht-----'),
    'fr': ('De\u00a0', 'Envoyé\u00a0', 'À\u00a0', 'Objet\u00a0', '-----Message d\'origine-----'),
    'es': ('De', 'Enviado el', 'Para', 'Asunto', '-----Mensaje original-----'),
    'pt': ('De', 'Enviada em', 'Para', 'Assunto', '-----Mensagem original-----'),
    'it': ('Da', 'Inviato', 'A', 'Oggetto', '-----Messaggio originale-----'),
    'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp', '-----Oorspronkelijk bericht-----'),
    'pl': ('Od', 'Wysłano', 'Do', 'Temat', '-----Oryginalna wiadomość-----'),
    'tr': ('Kimden', 'Gönderildi', 'Kime', 'Konu', '-----Özgün İleti-----'),
    'hr': ('Šalje', 'Poslano', 'Prima', 'Predmet', '-----Izvorna poruka-----'),
    'sr': ('Šalje', 'Poslato', 'Prima', 'Predmet', '-----Originalna poruka-----'),
    'ar': ('من', 'تم الإرسال', 'إلى', 'الموضوع', '-----الرسالة الأصلية-----'),
    'zh': ('发件人', '发送时间', '收件人', '主题', '-----原始邮件-----'),
    'ru': ('От', 'Отправлено', 'Кому', 'Тема', '-----Original Message-----'),
    'sv': ('Från', 'Skickat', 'Till', 'Ämne', '-----Ursprungligt meddelande-----'),
    'cs': ('Od', 'Odesláno', 'Komu', 'Předmět', '-----Původní zpráva-----'),
}


def outlook_labels(lang):
    return OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS['en'])


def outlook_date(lang, d):
    if lang == 'de':
        return '%s, %d. %s %d %s' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    if lang in ('fr', 'it'):
        return '%s %d %s %d %s' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    if lang in ('es', 'pt'):
        return '%s, %d de %s de %d %s' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    if lang == 'nl':
        return '%s %d %s %d %s' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    if lang == 'pl':
        return '%s, %d %s %d %s' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    if lang == 'tr':
        return '%d %s %d %s %s' % (d.day, mon(lang, d, True), d.year, wd(lang, d, True), hm(d))
    if lang in ('hr', 'sr'):
        return '%s, %d. %s %d. %s' % (wd('hr', d, True), d.day, mon('hr', d, True), d.year, hm(d))
    if lang == 'zh':
        return '%d年%d月%d日 %s' % (d.year, d.month, d.day, hm(d))
    if lang == 'cs':
        return '%s %d. %s %d %s' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    if lang == 'sv':
        return 'den %d %s %d %s' % (d.day, mon(lang, d, True), d.year, hm(d))
    return '%s, %s %d, %d %s' % (wd('en', d, True), mon('en', d, True), d.day, d.year, ampm(d))


SENT_FROM_IPHONE = {
    'en': 'Sent from my iPhone', 'de': 'Von meinem iPhone gesendet', 'fr': 'Envoyé de mon iPhone',
    'es': 'Enviado desde mi iPhone', 'pt': 'Enviado do meu iPhone', 'it': 'Inviato da iPhone',
    'nl': 'Verstuurd vanaf mijn iPhone', 'pl': "Wysłane z iPhone'a", 'tr': "iPhone'umdan gönderildi",
    'hr': 'Poslano s mog iPhonea', 'sr': 'Poslato sa mog iPhone-a', 'zh': '发自我的iPhone',
    'ar': 'أُرسلت من الـ iPhone', 'ru': 'Отправлено с iPhone', 'sv': 'Skickat från min iPhone',
    'cs': 'Odesláno z iPhonu',
}

SENT_FROM_GALAXY = {
    'en': 'Sent from my Galaxy', 'de': 'Von meinem Galaxy gesendet', 'fr': 'Envoyé depuis mon Galaxy',
    'es': 'Enviado desde mi Galaxy', 'pt': 'Enviado do meu Galaxy', 'it': 'Inviato dal mio Galaxy',
    'nl': 'Verzonden vanaf mijn Galaxy', 'pl': 'Wysłane z mojego Galaxy', 'tr': 'Galaxy cihazımdan gönderildi',
    'hr': 'Poslano s mog Galaxyja', 'ar': 'تم الإرسال من Galaxy الخاص بي',
}

SAMSUNG_ORIG = {
    'en': ('-------- Original message --------', 'From', 'Date', 'To', 'Subject'),
    'de': ('-------- Ursprüngliche Nachricht --------', 'Von', 'Datum', 'An', 'Betreff'),
    'es': ('-------- Mensaje original --------', 'De', 'Fecha', 'A', 'Asunto'),
    'fr': ('-------- Message d\'origine --------', 'De', 'Date', 'À', 'Objet'),
    'pt': ('-------- Mensagem original --------', 'De', 'Data', 'Para', 'Assunto'),
    'it': ('-------- Messaggio originale --------', 'Da', 'Data', 'A', 'Oggetto'),
    'nl': ('-------- Oorspronkelijk bericht --------', 'Van', 'Datum', 'Aan', 'Onderwerp'),
    'pl': ('-------- Oryginalna wiadomość --------', 'Od', 'Data', 'Do', 'Temat'),
    'tr': ('-------- Orijinal mesaj --------', 'Kimden', 'Tarih', 'Alıcı', 'Konu'),
    'hr': ('-------- Izvorna poruka --------', 'Od', 'Datum', 'Prima', 'Predmet'),
    'ar': ('-------- الرسالة الأصلية --------', 'من', 'التاريخ', 'إلى', 'الموضوع'),
}

YAHOO_FOOTER = {
    'en': 'Sent from Yahoo Mail on Android', 'es': 'Enviado desde Yahoo Mail para Android',
    'fr': 'Envoyé de Yahoo Mail pour iPhone', 'it': 'Inviato da Yahoo Mail su Android',
    'de': 'Von Yahoo Mail auf Android gesendet', 'pt': 'Enviado do Yahoo Mail para iPhone',
}


def yahoo_attr(lang, d, name, email, tz):
    if lang == 'es':
        return 'El %s, %d de %s de %d, %s:%02d, %s <%s> escribió:' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d), d.second, name, email)
    if lang == 'fr':
        return 'Le %s %d %s %d à %s:%02d %s, %s <%s> a écrit :' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d), d.second, tz, name, email)
    if lang == 'it':
        return 'Il %s %d %s %d, %s:%02d %s, %s <%s> ha scritto:' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d), d.second, tz, name, email)
    if lang == 'de':
        return 'Am %s, %d. %s %d um %s:%02d %s schrieb %s <%s>:' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d), d.second, tz, name, email)
    if lang == 'pt':
        return 'Em %s, %d de %s de %d %s:%02d %s, %s <%s> escreveu:' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d), d.second, tz, name, email)
    h = d.hour % 12 or 12
    return 'On %s, %s %d, %d at %02d:%02d:%02d %s %s, %s <%s> wrote:' % (
        wd('en', d, True), mon('en', d, True), d.day, d.year, h, d.minute, d.second, 'AM' if d.hour < 12 else 'PM', tz, name, email)


GMX_LABELS = {
    'de': ('Gesendet', 'Von', 'An', 'Betreff'),
    'en': ('Sent', 'From', 'To', 'Subject'),
    'fr': ('Envoyé', 'De', 'À', 'Objet'),
    'es': ('Enviado', 'De', 'Para', 'Asunto'),
}


def gmx_date(lang, d):
    if lang == 'de':
        return '%s, %02d. %s %d um %s Uhr' % (wd(lang, d, True), d.day, mon(lang, d, True), d.year, hm(d))
    return '%s, %s %02d, %d at %s' % (wd('en', d, True), mon('en', d, True), d.day, d.year, ampm(d))
