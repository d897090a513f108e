"""Replies to Klara Hofbauer via Balloonpost (Graz): Jonas wird 8, Sa 13. Juni 2026."""
from spec import H

K = 'klara'

# ------------------------------------------------------------------ language (de)
H(K, 'gmx', 'Sarah Pickering <sarah.pickering@gmx.at>', 'en', 'yes', 2, 'html_mime',
  'GMX HTML-only, German UI; Emil + mum staying', """
Hi Klara,
Emil would love to come! I'll stay for a coffee too, so that's two of us.
Sarah
""", ch=1, ad=1, kid='Emil', ui='de')

H(K, 'iphone', 'Andrea Wallner <andrea.wallner@icloud.com>', 'de', 'no', '-', 'language',
  '(de) leider nicht + Begründung (bei der Oma in Linz)', """
Liebe Klara, leider nicht, wir sind an dem Wochenende bei der Oma in Linz. Alles Liebe an Jonas! 🦕
""", kid='Hanna')

H(K, 'gmail', 'Christian Berger <christian.berger.graz@gmail.com>', 'de', 'yes', 1, 'language',
  '(de) ja; Mama arbeitet, Papa bringt und holt um 18 Uhr', """
Hallo Klara, ja, Lena kommt! Ich muss leider arbeiten, aber der Papa bringt sie und holt sie um 18 Uhr wieder ab.
""", ch=1, ad=0, kid='Lena', must='18 Uhr')

H(K, 'webde', 'Jürgen Maier <juergen.maier@web.de>', 'de', 'maybe', '-', 'language',
  '(de) "kann sein, dass wir es nicht schaffen" = maybe', """
Hallo Klara,

kann sein, dass wir es nicht schaffen - Felix hat an dem Tag ein Fußballturnier in Gleisdorf. Ich sag dir bis Mittwoch Bescheid.

Grüße
Jürgen
""", kid='Felix')

H(K, 'gmail_android', 'Nicole Fuchs <nicole.fuchs88@gmail.com>', 'de', 'maybe', '-', 'language',
  '(de) hängt davon ab = maybe', """
Wir wissen es leider noch nicht, hängt davon ab ob die Oma bis dahin aus dem Spital raus ist. Ich melde mich!
""", kid='Marie')

H(K, 'outlook', 'Gerhard Steiner <g.steiner@aon.at>', 'de', 'no', '-', 'language',
  '(de) österreichisch "geht sich nicht aus" = no', """
Servus Klara,
geht sich leider nicht aus, wir sind auf einer Hochzeit in Villach.
Schöne Feier!
Gerhard
""", kid='Paul')

H(K, 'iphone', 'Kate Hollis <kate.hollis@icloud.com>', 'en', 'yes', '-', 'plain',
  'yes, arriving late; arrival time note', """
We'd love to come! Not sure exactly when we'll get there though, maybe only around 4pm because Anna has her swimming lesson first.
""", kid='Anna', must='4pm', ui='de')

# ------------------------------------------------------------------ notes (de)
H(K, 'gmx', 'Martina Kern <martina.kern@gmx.net>', 'de', 'yes', 1, 'plain',
  '(de) ja + Nussallergie', """
Liebe Klara,
Marie kommt sehr gern! Bitte beachten: sie hat eine Nussallergie (auch Haselnuss), wir geben ihr ihr Notfallset mit.
Danke und liebe Grüße
Martina
""", ch=1, kid='Marie', must='Nussallergie', html=False, cs='iso-8859-1', cte='qp')

H(K, 'gmail', 'Stefan Ortner <stefan.ortner@gmail.com>', 'de', 'yes', 1, 'plain',
  '(de) ja + Abholzeit 17 Uhr', """
Paul ist dabei 🦖 Ich hol ihn aber schon um 17 Uhr ab, wir haben danach noch eine Familienfeier.
""", ch=1, kid='Paul', must='17 Uhr')

H(K, 'applemail', 'Barbara Lechner <barbara.lechner@icloud.com>', 'de', 'yes', 1, 'plain',
  '(de) ja + Rollstuhl / Zugang', """
Liebe Klara,

Anna würde sehr gern kommen. Sie sitzt seit dem Unfall im Rollstuhl - ist der Garten über den Hof ohne Stufen erreichbar? Sonst bringen wir eine Rampe mit.

Barbara
""", ch=1, kid='Anna', must='Rollstuhl')

H(K, 'samsung', 'Dan Grant <dan.grant@a1.net>', 'en', 'yes', 1, 'html_mime',
  'Samsung base64; yes + asthma', """
Tobias is coming! He has asthma, his inhaler is in the front pocket of his backpack.
""", ch=1, kid='Tobias', must='asthma', ui='de')

# ------------------------------------------------------------------ trap (de)
H(K, 'gmail', 'Sandra Koller <sandra.koller@gmail.com>', 'de', 'no', '-', 'trap',
  '(de) indirekt: Erstkommunion, kein Antwortwort', """
Da ist bei uns die Erstkommunion vom Cousin in Klagenfurt. Ganz liebe Grüße an Jonas!
""", kid='Jakob')

H(K, 'iphone', 'Julia Reiter <julia.reiter@icloud.com>', 'de', 'yes', '-', 'trap',
  '(de) indirektes Ja: Geschenk schon ausgesucht', """
Emil hat das Geschenk schon ausgesucht 😄 (Dinos natürlich)
""", kid='Emil')

H(K, 'webde', 'Markus Schober <markus.schober@web.de>', 'de', 'yes', '-', 'trap',
  '(de) "Kein Problem" = ja', """
Kein Problem, wir kommen gerne! Danke für die Einladung :)
""", kid='Luca')

H(K, 'gmail', 'Eva Brunner <eva.brunner.st@gmail.com>', 'de', 'no', '-', 'trap',
  '(de) beginnt mit "Ja" (Bestätigung), sagt aber ab', """
Ja, Einladung ist angekommen, danke! Wir sind an dem Samstag aber leider auf Urlaub in Kroatien.
""", kid='Sophie')

H(K, 'gmail_android', 'Florian Moser <florian.moser@gmail.com>', 'de', 'yes', '-', 'trap',
  '(de) "nicht entgehen lassen" = ja', """
Das lassen wir uns sicher nicht entgehen! 🎉
""", kid='Elias')

H(K, 'gmail', 'Theresa Winkler <theresa.winkler@gmail.com>', 'de', 'unclear', '-', 'trap',
  '(de) Zahl in einer Frage, kein Kopfzählung', """
Dürfen Geschwister auch mitkommen? Wir hätten noch zwei Kleine (3 und 5) 🙈
""", kid='Mia')

# ------------------------------------------------------------------ headcount (de)
H(K, 'gmx', 'Clare Hayes <clare.hayes@gmx.at>', 'en', 'yes', 5, 'headcount',
  'five of us: 3 children + 2 adults', """
Hi Klara, there'll be five of us if that's ok - Lea, her two brothers, my husband and me. Thanks so much!
Clare
""", ch=3, ad=2, kid='Lea', ui='de', html=False, cs='utf-8', cte='qp')

H(K, 'iphone', 'Mike Warner <mike.warner@chello.at>', 'en', 'yes', 3, 'headcount',
  'Jakob and me plus little brother in the pram = 3', """
Jakob and I will come, plus his little brother in the pram 👶
""", ch=2, ad=1, kid='Jakob', ui='de')

H(K, 'thunderbird', 'Ulrike Bauer <ulrike.bauer@posteo.at>', 'de', 'yes', 3, 'headcount',
  '(de) 2 Kinder + 1 Erwachsener', """
Hallo Klara,

wir sind 2 Kinder + 1 Erwachsener (Ida, ihre Freundin Lotte, die bei uns übernachtet, falls das passt, und ich). Lotte verträgt keine Laktose.

Ulrike
""", ch=2, ad=1, kid='Ida', must='Laktose')

H(K, 'owa', 'Pat Egan <pat.egan@outlook.com>', 'en', 'yes', 1, 'headcount',
  'just Sophie, dropped off and collected', """
Just Sophie - I'll drop her at half two and collect her at six. Thanks!
""", ch=1, ad=0, kid='Sophie')

# ------------------------------------------------------------------ quoted (de)
H(K, 'outlook', 'Vanessa Price <vanessa.price@hotmail.com>', 'en', 'yes', 2, 'quoted',
  'English reply over German Outlook Von:/Gesendet: block; Lea and me', """
Hi Klara,

We're in! Lea and me.

Best,
Vanessa
""", ch=1, ad=1, kid='Lea', cs='windows-1252', ui='de')

H(K, 'outlook', 'Thomas Holzer <thomas.holzer@holzer-tischlerei.at>', 'de', 'maybe', '-', 'quoted',
  '(de) "-----Ursprüngliche Nachricht-----"; vermutlich = maybe', """
Hallo,

vermutlich ja, ich melde mich aber nochmal, wenn der Dienstplan fix ist.

Gruß
Thomas
""", kid='Niko', old=True, cs='iso-8859-1')

H(K, 'thunderbird', 'Sonja Ertl <sonja.ertl@gmx.at>', 'de', 'yes', 2, 'quoted',
  '(de) Antwort zwischen zitierten Zeilen; Vegetarierin', """
Hallo Klara,

Am 24.05.26 um 20:15 schrieb Klara Hofbauer via Balloonpost:
> Es gibt eine Dino-Schatzsuche, Würstel vom Grill und natürlich Kuchen.

Mia ist Vegetarierin, also bitte keine Würstel für sie - Kuchen geht
immer ;)

> Antwortet einfach mit Ja, Nein oder Vielleicht auf diese E-Mail und
> schreibt uns, wie viele ihr seid und ob es Allergien gibt.

Ja! Wir sind zu zweit, Mia und ich.

Sonja
""", ch=1, ad=1, kid='Mia', raw=True, must='Vegetarierin')

H(K, 'gmail', 'Rachel Moore <rachel.moore.graz@gmail.com>', 'en', 'yes', 1, 'quoted',
  'English reply above a German Gmail quote', """
Hi Klara, yes Elias will come, thank you! He's been talking about the dino hunt all week.
""", ch=1, kid='Elias', ui='de')

H(K, 'gmail', 'Howard Stead <howard.stead@gmail.com>', 'en', 'no', '-', 'quoted',
  'short decline above a quote full of "Ja, Nein oder Vielleicht"', """
No time that day I'm afraid, we're moving house. Sorry!
Howard
""", kid='Tobias', ui='de')

# ------------------------------------------------------------------ signature (de)
H(K, 'outlook', 'DI Markus Huber <m.huber@huber-partner-zt.at>', 'de', 'yes', 1, 'signature',
  '(de) Firmensignatur + Disclaimer mit "nicht"', """
Hallo Klara,

Felix kommt gern, danke für die Einladung!

Mit freundlichen Grüßen
Markus Huber

DI Markus Huber
Huber & Partner Ziviltechniker GmbH
Annenstraße 44, 8020 Graz
T +43 316 71 22 40

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""", ch=1, kid='Felix', cs='iso-8859-15')

H(K, 'gmail_android', 'Lisa Pammer <lisa.pammer@gmail.com>', 'de', 'maybe', '-', 'signature',
  '(de) vielleicht + Handy-Fußzeile "Bitte entschuldigen Sie die Kürze"', """
Vielleicht, ich weiß es noch nicht genau. Sag dir bis Donnerstag Bescheid

--
Diese Nachricht wurde von meinem Fairphone gesendet. Bitte entschuldigen Sie die Kürze.
""", kid='Hanna')

H(K, 'owa', 'Elke Zach <elke.zach@stadtwerke-muerz.at>', 'de', 'no', '-', 'signature',
  '(de) Absage mit Newsletter-artiger Fußzeile (Abmelden)', """
Liebe Klara,
Luca ist an dem Wochenende leider bei seinem Vater, deshalb kann er nicht kommen. Danke fürs Einladen!
Elke

Elke Zach | Kundenservice
Stadtwerke Mürztal GmbH
Sie möchten unseren Newsletter nicht mehr erhalten? Hier abmelden | Datenschutz | Impressum
""", kid='Luca', app=False, hdrs=[('List-Unsubscribe', '<mailto:newsletter-off@stadtwerke-muerz.at>')])

# ------------------------------------------------------------------ html / mime (de)
H(K, 'webde', 'Paula Kenny <paula.kenny@web.de>', 'en', 'no', '-', 'html_mime',
  'HTML-only web.de; dance show', """
Hi Klara,
we won't be around unfortunately, Hanna has her dance show in Vienna that day.
Paula
""", kid='Hanna', ui='de')

H(K, 'thunderbird', 'Erkan Aydin <erkan.aydin@kabsi.at>', 'de', 'yes', 1, 'html_mime',
  '(de) Thunderbird ISO-8859-1 8bit; kein Schweinefleisch', """
Servus Klara,
Niko kommt gerne. Er isst kein Schweinefleisch, nur zur Info wegen der Würstel.
LG Erkan
""", ch=1, kid='Niko', must='kein Schweinefleisch', cs='iso-8859-1', cte='8bit')

H(K, 'gmx', 'Irene Wolfe <irene.wolfe@gmx.net>', 'en', 'yes', '-', 'html_mime',
  'GMX HTML + text alternative, CRLF; short yes', """
Dear Klara, we'd be delighted to come!!
Irene
""", kid='Ida', alt=True, crlf=True, ui='de')

# ------------------------------------------------------------------ emoji / short (de)
H(K, 'iphone', 'Tamara Rauch <tamara.rauch@icloud.com>', '-', 'yes', '-', 'emoji_short',
  'nur Emoji: Dino + Party', """
🦖🎉
""", kid='Emil')

H(K, 'gmail_android', 'Melanie Graf <melanie.graf@gmail.com>', 'de', 'yes', '-', 'emoji_short',
  '(de) Jaaa', """
Jaaa 😍
""", kid='Lena')

H(K, 'iphone', 'Bernhard Lang <bernhard.lang@icloud.com>', 'de', 'no', '-', 'emoji_short',
  '(de) leider nein', """
Leider nein 😔
""", kid='Paul')

H(K, 'gmail', 'Johanna Riedl <johanna.riedl@gmail.com>', 'de', 'unclear', '-', 'emoji_short',
  '(de) "ok danke" = Bestätigung, keine Antwort', """
ok danke
""", kid='Anna')

# ------------------------------------------------------------------ change of mind (de)
H(K, 'gmail', 'Silke Brandner <silke.brandner@gmail.com>', 'de', 'no', '-', 'change_of_mind',
  '(de) früheres Ja (zitiert) zurückgezogen: Scharlach', """
Liebe Klara, leider müssen wir doch absagen, Luca hat Scharlach 😷 Wir holen das nach!
""", kid='Luca', prev=('Ja, wir kommen! 🎉\n', 1))

H(K, 'iphone', 'Manuela Trummer <manuela.trummer@icloud.com>', 'de', 'yes', '-', 'change_of_mind',
  '(de) Absage im selben Mail korrigiert: falsches Datum', """
Wir können leider nicht... Moment, hab mich im Datum geirrt, das ist ja der 13.! Dann kommen wir natürlich 🙈
""", kid='Mia')

# ------------------------------------------------------------------ subject only (de)
H(K, 'gmx', 'Robert Fink <robert.fink@gmx.at>', 'de', 'no', '-', 'subject_only',
  '(de) Absage nur im Betreff (Aw: ... -- leider nein)', '',
  kid='Jakob', subj='Aw: {S} -- leider nein')

H(K, 'iphone', 'Carina Ebner <carina.ebner@icloud.com>', 'de', 'yes', 1, 'subject_only',
  '(de) Zusage nur im Betreff, Body nur Signatur + Zitat', '',
  kid='Ida', subj='Re: {S} – Ja, Ida kommt!', ch=1)

# ------------------------------------------------------------------ calendar (de)
H(K, 'cal_outlook', 'Harald Reisinger <harald.reisinger@reisinger-it.at>', 'de', 'yes', '-', 'calendar',
  '(de) Outlook "Angenommen:" ohne Kommentar', '', partstat='ACCEPTED', kid='Tobias')

H(K, 'cal_outlook', 'Wolfgang Pirker <wolfgang.pirker@outlook.com>', 'de', 'yes', 2, 'calendar',
  '(de) Abgelehnt, aber Kommentar: Kind kommt mit der Mama = ja', """
Ich bin auf Dienstreise, aber Tobias kommt mit seiner Mama 👍
""", partstat='DECLINED', ch=1, ad=1, kid='Tobias')

H(K, 'cal_google', 'Anja Schuster <anja.schuster@gmail.com>', 'de', 'maybe', '-', 'calendar',
  '(de) Google vorläufig; Kommentar bleibt bei vielleicht', """
Hängt davon ab, ob Niko bis dahin wieder gesund ist
""", partstat='TENTATIVE', kid='Niko')

H(K, 'cal_apple', 'Georg Kaiser <georg.kaiser@icloud.com>', 'de', 'no', '-', 'calendar',
  '(de) Apple Abgelehnt; Kommentar ohne Aussage zur Teilnahme', """
Danke für die Einladung und alles Gute für Jonas!
""", partstat='DECLINED', kid='Felix')

# ------------------------------------------------------------------ unclear (de)
H(K, 'thunderbird', 'Debbie Earl <debbie.earl@posteo.de>', 'en', 'unclear', '-', 'unclear',
  'question about the end time, answer depends on it', """
Roughly what time does it finish? Then I'll know if we can make it.
""", kid='Sophie')

H(K, 'webde', 'Karen Smith <karen.smith@web.de>', 'en', 'unclear', '-', 'unclear',
  'wrong thread: parents\' evening list', """
Hi Klara, do you still have the list from the parents' evening? I can't find mine anywhere. Thanks!
""", kid='Lea', ui='de')

# ------------------------------------------------------------------ other languages
H(K, 'gmail', 'Ivana Kovačević <ivana.kovacevic@gmail.com>', 'hr', 'no', '-', 'language',
  '(hr) ne možemo; bit ćemo kod bake', """
Bok Klara, nažalost ne možemo doći, bit ćemo kod bake u Zagrebu taj vikend. Sretan rođendan Jonasu! 🎂
""", kid='Petra')

H(K, 'gmail_android', 'Marko Babić <marko.babic@gmail.com>', 'hr', 'yes', 1, 'language',
  '(hr) da; tata dovodi i odvodi u 18 sati', """
Pozdrav! Da, Luka dolazi 😊 Ja radim tu subotu, ali tata će ga dovesti i pokupiti u 18 sati.
""", ch=1, ad=0, kid='Luka', must='18 sati')

H(K, 'gmail', 'Ana Jurić <ana.juric.graz@gmail.com>', 'hr', 'maybe', '-', 'language',
  '(hr) možda, još ne znamo = maybe', """
Možda dođemo, još ne znamo sigurno jer suprug možda radi. Javim do srijede!
""", kid='Mia')

H(K, 'outlook', 'Tomislav Perić <tomislav.peric@peric-elektro.hr>', 'hr', 'yes', 3, 'language',
  '(hr) nas troje: Petra, brat i ja', """
Poštovana Klara,

dolazimo nas troje: Petra, njezin brat i ja. Hvala na pozivu!

Lijep pozdrav,
Tomislav Perić
""", ch=2, ad=1, kid='Petra', cs='windows-1250', ui='hr')

H(K, 'gmail', 'Jelena Marković <jelena.markovic@gmail.com>', 'sr', 'no', '-', 'language',
  '(sr) latinica: nećemo moći, idemo kod bake', """
Zdravo Klara, hvala puno na pozivu! Nažalost nećemo moći, idemo kod bake u Novi Sad. Srećan rođendan Jonasu!
""", kid='Nikola')

H(K, 'gmail_android', 'Милош Петровић <milos.petrovic@gmail.com>', 'sr', 'yes', 1, 'language',
  '(sr) ћирилица: да, Никола долази', """
Да, Никола долази! Хвала на позиву 🙂
""", ch=1, kid='Nikola')

H(K, 'iphone', 'Драгана Илић <dragana.ilic@icloud.com>', 'sr', 'maybe', '-', 'language',
  '(sr) ћирилица: можда = maybe', """
Можда, још не знам да ли радим те суботе. Јавићу до среде.
""", kid='Sara')

H(K, 'gmail', 'Vesna Stojanović <vesna.stojanovic@gmail.com>', 'sr', 'unclear', '-', 'language',
  '(sr) latinica: samo pitanje da li roditelji ostaju', """
Da li roditelji treba da ostanu ili decu samo ostavljamo?
""", kid='Lena')

H(K, 'gmail', 'Ayşe Demir <ayse.demir.graz@gmail.com>', 'tr', 'no', '-', 'language',
  '(tr) maalesef gelemiyoruz; Türkiye\'de olacağız', """
Merhaba Klara, maalesef gelemiyoruz, o hafta sonu Türkiye'de olacağız. İyi ki doğdun Jonas! 🎈
""", kid='Elif')

H(K, 'gmail_android', 'Murat Kaya <murat.kaya@gmail.com>', 'tr', 'yes', 1, 'language',
  '(tr) evet + glutensiz', """
Evet, Emir gelecek! Glutensiz yemesi gerekiyor, bilginize. Teşekkürler
""", ch=1, kid='Emir', must='Glutensiz')

H(K, 'iphone', 'Zeynep Şahin <zeynep.sahin@icloud.com>', 'tr', 'maybe', '-', 'language',
  '(tr) belki / emin değilim = maybe', """
Belki geliriz, henüz emin değilim. Cuma gününe kadar haber veririm.
""", kid='Defne', ui='tr')

H(K, 'seznam', 'Lenka Horáková <lenka.horakova@seznam.cz>', 'cs', 'yes', 1, 'language',
  '(cs) ano, Vojta přijde', """
Dobrý den, Vojta moc rád přijde, děkujeme za pozvání! Jen upozorňuji, že Vojta má alergii na ořechy.
Lenka Horáková
""", ch=1, kid='Vojta', must='alergii na ořechy')

H(K, 'gmail', 'Chiara Fontana <chiara.fontana@gmail.com>', 'it', 'no', '-', 'language',
  '(it) purtroppo non possiamo; al mare', """
Ciao Klara! Purtroppo non possiamo, siamo al mare a Grado quel weekend. Auguri a Jonas!! 🌊
""", kid='Matteo')

H(K, 'gmail', 'Aurélie Martin <aurelie.martin.graz@gmail.com>', 'fr', 'yes', 2, 'language',
  '(fr) oui, Louise et moi', """
Bonjour Klara, Louise viendra avec plaisir, et moi aussi. Attention, Louise est allergique aux œufs. Merci beaucoup !
""", ch=1, ad=1, kid='Louise', ui='fr', must='allergique aux œufs')

H(K, 'gmail', 'Cristina Popa <cristina.popa@gmail.com>', 'ro', 'yes', 1, 'language',
  '(ro) da, Sofia vine', """
Bună Klara, da, Sofia vine! Mulțumim frumos pentru invitație.
""", ch=1, kid='Sofia')

# ------------------------------------------------------------------ English-speaking families
H(K, 'yahoo', 'Jennifer Walsh <jen.walsh.graz@yahoo.com>', 'en', 'no', '-', 'plain',
  'no + reason (conference in Vienna)', """
Hi Klara! Sorry, we can't make it, we'll be in Vienna for my husband's conference that weekend. Have a great party!
""", kid='Leo')

H(K, 'iphone', 'Tom Nguyen <tom.nguyen@icloud.com>', 'en', 'maybe', '-', 'plain',
  'we will try, cannot promise = maybe', """
We'll try to come but can't promise - Ida has a piano recital at 3. Might pop by after?
""", kid='Ida')

H(K, 'gmail', 'Alex Murray <alex.murray.at@gmail.com>', 'en', 'yes', '-', 'trap',
  'negated "can\'t think of anything ... more" = yes', """
Can't think of anything Luca would love more - he's in!
""", kid='Luca')

H(K, 'proton', 'Dana Whitaker <dana.whitaker@proton.me>', 'en', 'unclear', '-', 'unclear',
  'question about the present only', """
Hi Klara, is Jonas still into dinosaurs or has he moved on? Trying to sort a present 😊
""", kid='Marie', pubkey=True)
