# mOTP Token: alle zinnen van de apps in het Nederlands (je-vorm). Ontbreekt hier een melding,
# dan verschijnt de Engelse. `$detail` citeert een zin van de engine (motp-core), die Engels is.

## Busy
busy-starting = Openen…
busy-creating = Je kluis wordt aangemaakt…
busy-unlocking = Ontgrendelen…
busy-saving = Opslaan…
busy-exporting = Export wordt gemaakt…
busy-reading-file = Bestand wordt gelezen…
busy-checking-password = Je wachtwoord wordt gecontroleerd…
busy-clock = Tijdserver wordt geraadpleegd…
busy-scanning = Zoeken naar een QR-code…

## Fields
field-password = Wachtwoord
field-password-confirmation = Wachtwoord herhalen

## First run
first-run-title = Bescherm je tokens
first-run-explanation = Je tokens worden versleuteld op dit apparaat bewaard. Kies een wachtwoord om ze te ontgrendelen; je hebt het nodig als de apparaatsleutel ooit verloren gaat.
first-run-device-key = Ook ontgrendelen met { $label }
first-run-create = Aanmaken
strength-empty = Kies een wachtwoord van minstens 8 tekens.
strength-weak = Zwak: gebruik minstens 8 tekens.
strength-fair = Redelijk: langer, of met cijfers en symbolen, is beter.
strength-strong = Sterk.

## Unlock
unlock-title = Ontgrendel je tokens
unlock-button = Ontgrendelen
unlock-invalidated-hint = De sleutel van dit apparaat is niet meer geldig (de vingerafdrukken of het gezicht zijn gewijzigd). Ontgrendel met je wachtwoord; daarna kun je de apparaatsleutel in Instellingen weer inschakelen.
device-key-unlock-title = mOTP Token ontgrendelen
device-key-unlock-reason = Ontgrendel je tokens
device-key-use-password = Wachtwoord gebruiken
device-key-enrol-title = Ontgrendelen met { $label } inschakelen
device-key-enrol-reason = Bevestig om je tokens voortaan met dit apparaat te ontgrendelen

## The list
list-title = Je tokens
list-empty = Nog geen tokens. Voeg er een toe met de knop +.
list-no-match = Geen token komt overeen met je zoekopdracht.
list-enter-pin = Pincode invoeren
list-copy-label = Code van { $name } kopiëren
list-copied = Code gekopieerd
list-use-within = Gebruik binnen { $seconds } s
list-wait-next = Wacht op de volgende code
list-upcoming-code = Volgende: { $code }
list-seconds-left = { $seconds ->
    [one] Nog { $seconds } seconde
   *[other] Nog { $seconds } seconden
}
list-typo-warning = Deze pincode komt niet overeen met de pincode die voor deze token is ingesteld. Controleer hem voordat je inlogt: een verkeerde code telt als mislukte inlogpoging.
list-offer-reenrol = De apparaatsleutel is uitgeschakeld omdat hij niet meer geldig is. Schakel hem weer in via Instellingen.
list-next-code = Volgende code
list-kind-unsupported = Deze { $kind }-token vereist een nieuwere versie van de app.
kind-totp = TOTP, { $digits } cijfers elke { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } cijfers, één per tik ({ $algorithm })
kind-steam = Steam Guard, 5 tekens elke 30 s

## Adding a token
add-title = Een token toevoegen
add-warning-pin-in-uri = De QR-code bevat ook een pincode. Bewaar die alleen als je wilt dat de pincode op dit apparaat wordt opgeslagen.
add-generated-instructions = Voer dit geheim precies zo in op de VPN-router of -server, of laat de beheerder de QR-code scannen.
add-duplicate-same-secret = Zelfde geheim als ‘{ $name }’
add-duplicate-same-name = Zelfde uitgever en account als ‘{ $name }’
add-anyway = Toch toevoegen
add-export-progress = { $scanned } van { $total } QR-codes van de export gescand: houd de volgende voor de camera, in willekeurige volgorde.
add-export-other = Deze QR-code hoort bij een andere export. Maak deze eerst af of importeer de codes die je al hebt gescand.
add-export-import = Gescande codes importeren
pin-policy-ask = Elke keer om de pincode vragen
pin-policy-ask-guard = Elke keer vragen en waarschuwen bij typfouten
pin-policy-remember = Pincode op dit apparaat onthouden

## Secret warnings
secret-warning-not-hex = Het geheim is niet hexadecimaal (0-9, a-f). Vergelijk het met de kopie op de server.
secret-warning-uppercase = Het geheim bevat hoofdletters. mOTP is hoofdlettergevoelig: het moet letter voor letter overeenkomen met de kopie op de server.
secret-warning-unusual-length = Het geheim is { $length } tekens lang; mOTP-geheimen hebben meestal 16 of 32 tekens. Controleer of er geen ontbreken of te veel zijn.
secret-warning-short = Het geheim is maar { $length } tekens lang, korter dan aanbevolen: 16 hexadecimale tekens voor mOTP, 26 Base32-tekens (128 bits) voor TOTP en HOTP.

## Detail
detail-confirm-delete = ‘{ $name }’ verwijderen? Zonder back-up kun je er niet meer mee inloggen.

## Notices
notice-vault-created = Je kluis is klaar.
notice-recovered-from-previous = Het kluisbestand was beschadigd, daarom is de vorige kopie geopend. Je laatste wijziging ontbreekt mogelijk: controleer je tokens.
notice-token-added = Token toegevoegd
notice-token-deleted = Token verwijderd
notice-saved = Opgeslagen
notice-exported = Export opgeslagen

## Backups
backups-title = Back-ups
backups-none = Nog geen back-up.
backups-last = { $days ->
    [0] Laatste back-up: vandaag.
    [one] Laatste back-up: gisteren.
   *[other] Laatste back-up: { $days } dagen geleden.
}
backups-reminder = Je hebt je tokens gewijzigd sinds de laatste back-up. Exporteer een back-up, of kies een map voor automatische back-ups.
backups-reminder-auto-failed = Je laatste wijzigingen staan nog niet in de back-upmap. Controleer of de map nog beschikbaar is.
export-motp = Versleutelde back-up (mOTP Token)
export-aegis = Aegis-kluis
export-uris = Lijst met motp://-links
export-uris-warning = Dit bestand is niet versleuteld: iedereen die het leest, kan je codes maken. Verwijder het zodra de tokens zijn overgezet.
export-google = Google Authenticator (QR-codes)
export-google-warning = De QR-codes tonen elk geheim: laat ze alleen zien waar niemand anders je scherm kan zien.
export-google-progress = QR-code { $page } van { $pages }
export-google-instructions = Kies in Google Authenticator Accounts overzetten, dan Accounts importeren, en scan elke code.
export-google-left-out = Niet in deze codes, omdat Google Authenticator ze niet kan bewaren: { $names }
export-google-nothing = Geen van je tokens kan naar Google Authenticator: het kan geen mOTP- of Steam-tokens, codes van 7 cijfers of andere periodes dan 30 seconden bewaren.
export-google-next = Volgende code
export-google-previous = Vorige code
export-google-done = Klaar
import-reading = Bestand wordt gelezen…
import-needs-password = Deze back-up is versleuteld. Voer het wachtwoord ervan in.
import-preview-count = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
import-preview-pins = { $count } met pincode
import-preview-duplicates = { $count } al aanwezig
import-preview-skipped = { $count } niet te importeren
import-status-new = Nieuw
import-status-duplicate = Al aanwezig
import-status-skipped = Kan niet worden geïmporteerd
import-duplicate-of = Al aanwezig als ‘{ $name }’
import-skip-unsupported = { $kind ->
    [yandex] Yandex-tokens worden niet ondersteund: mOTP Token beheert mOTP-, TOTP-, HOTP- en Steam-tokens.
   *[unknown] Het type ‘{ $name }’ wordt niet ondersteund: mOTP Token beheert mOTP-, TOTP-, HOTP- en Steam-tokens.
}
import-skip-not-an-object = Dit item is geen tokenrecord.
import-skip-field = { $fault ->
    [missing] Het item heeft geen veld ‘{ $field }’.
    [whole] Het veld ‘{ $field }’ van het item is geen geheel getal.
    [negative] Het veld ‘{ $field }’ van het item is negatief.
   *[type] Het veld ‘{ $field }’ van het item heeft het verkeerde type.
}
import-skip-digits = Codes van { $digits ->
    [one] { $digits } cijfer
   *[other] { $digits } cijfers
} worden niet ondersteund: TOTP- en HOTP-codes hebben er 6 tot 8.
import-skip-counter-missing = Deze HOTP-token heeft geen teller.
import-skip-counter-negative = De teller van deze HOTP-token is negatief.
import-skip-algorithm = Het algoritme ‘{ $name }’ wordt niet ondersteund: TOTP en HOTP gebruiken SHA-1, SHA-256 of SHA-512.
import-skip-period = Een periode van { $seconds } s wordt niet ondersteund: een TOTP-periode duurt 1 tot { $max } seconden (bijna altijd 30).
import-skip-secret-not-base32 = Het geheim is geen geldige Base32.
import-skip-base32-too-long = Het geheim is langer dan { $max } tekens.
import-skip-base32-character = Teken { $position } van het geheim is geen Base32-letter (A-Z) of -cijfer (2-7).
import-skip-base32-digit = { $digit ->
    [0] Teken { $position } van het geheim is een 0, die Base32 niet gebruikt: waarschijnlijk is het de letter O.
    [1] Teken { $position } van het geheim is een 1, die Base32 niet gebruikt: waarschijnlijk is het de letter I of L.
    [8] Teken { $position } van het geheim is een 8, die Base32 niet gebruikt: waarschijnlijk is het de letter B.
   *[9] Teken { $position } van het geheim is een 9, die Base32 niet gebruikt.
}
import-skip-base32-partial = De { $length } tekens van het geheim vormen geen hele bytes: er ontbreekt een teken of er is er een te veel.
import-skip-secret-empty = Het geheim is leeg.
import-skip-secret-not-printable = Teken { $position } van het geheim is geen afdrukbare ASCII-letter, -cijfer of -symbool.
import-skip-secret-too-long = Het geheim is { $length } tekens lang, meer dan de { $max } die een mOTP-server gebruikt.
import-skip-secret-not-text = Het geheim is geen tekst.
import-skip-secret-not-base64 = Het geheim is geen geldige Base64.
import-skip-vault-full = De kluis bevat al { $max } tokens, het maximum.
import-skip-batch-part-missing = QR-code { $part } van { $parts } van deze export staat niet in het bestand: voeg hem toe (scan hem opnieuw) om de accounts ervan te importeren.
import-duplicate-same = Zelfde geheim, uitgever en account als ‘{ $name }’.
import-duplicate-other-issuer = Zelfde geheim en account als ‘{ $name }’ (alleen de uitgever verschilt).
import-report = { $imported ->
    [one] { $imported } token geïmporteerd
   *[other] { $imported } tokens geïmporteerd
}, { $skipped } overgeslagen.

## Troubleshooting
trouble-title = Probleemoplossing
duration = { $minutes } min { $seconds } s
clock-on-time = De klok van dit apparaat loopt gelijk.
clock-behind = De klok van dit apparaat loopt { $offset } achter op de juiste tijd.
clock-ahead = De klok van dit apparaat loopt { $offset } voor op de juiste tijd.
clock-advice-fine = De klok is niet de reden dat inloggen mislukt.
clock-advice-corrected = De opgeslagen correctie compenseert de klok van dit apparaat: de codes kloppen.
clock-advice-drifting = De codes werken nog, met minder marge. Stel de klok automatisch in, of pas de correctie toe.
clock-advice-fail = De server zal codes van deze klok weigeren. Stel de klok automatisch in, of pas de correctie toe.
clock-correction-stored = Codes worden berekend met een correctie van { $offset }.
check-code-instructions = Lees deze controlecode voor aan je beheerder. Hij laat zien of je geheim overeenkomt met dat van de server, zonder het te onthullen.
doctor-step-clock = Klok
doctor-step-secret = Geheim
doctor-step-pin = Pincode en gebruikersnaam
doctor-step-code = De code
doctor-clock-ok = De klok loopt gelijk.
doctor-clock-warning = De klok wijkt af, maar de codes werken nog.
doctor-clock-problem = De klok wijkt zo ver af dat de server de codes weigert.
doctor-clock-skipped = De klok is niet gecontroleerd. Voer eerst de klokcontrole uit.
doctor-secret-ok = Het geheim komt overeen met de kopie op de server.
doctor-secret-ok-unproven = Er lijkt niets mis met het geheim, maar het is niet vergeleken met de kopie op de server.
doctor-secret-warning = Er is iets ongewoons aan het geheim.
doctor-secret-problem = Het geheim wijkt af van de kopie op de server.
doctor-secret-skipped = Het geheim is niet vergeleken. Vraag je beheerder om de controlecode van de server.
doctor-pin-ok = De pincode lijkt te kloppen.
doctor-pin-warning = Controleer de pincode en de gebruikersnaam.
doctor-pin-problem = De pincode is niet die welke voor deze token is ingesteld.
doctor-pin-skipped = De pincode is niet gecontroleerd.
doctor-code-ok = De code klopt voor dit moment.
doctor-code-warning = De code is op een ander moment of met een ander geheim gemaakt.
doctor-code-problem = De code komt niet van deze token.
doctor-code-skipped = Er is geen code opgegeven om te controleren.
doctor-cause-none = In de vier stappen is geen oorzaak gevonden.
doctor-cause-clock = De klok is het probleem.
doctor-cause-secret = Het geheim is het probleem.
doctor-cause-pin = De pincode of de gebruikersnaam is het probleem.
doctor-cause-code = De code zelf is het probleem.

## De diagnose in detail: de bevindingen van motp-core (motp_core::finding) met hun getallen.
span = { $hours ->
    [0] { $minutes ->
        [0] { $seconds } s
       *[other] { $seconds ->
            [0] { $minutes } min
           *[other] { $minutes } min { $seconds } s
        }
    }
   *[other] { $minutes ->
        [0] { $hours } u
       *[other] { $hours } u { $minutes } min
    }
}
size-ms = { $ms } ms
size-tenths = { $seconds },{ $tenths } s
count-periods = { $count ->
    [one] { $count } periode
   *[other] { $count } periodes
}
doctor-offset = { $direction ->
    [behind] loopt { $size } achter op de juiste tijd
    [ahead] loopt { $size } voor op de juiste tijd
   *[none] loopt precies gelijk
}
doctor-offset-clause = { $direction ->
    [behind] { $size } achterloopt
    [ahead] { $size } voorloopt
   *[none] precies gelijkloopt
}
doctor-case = { $case ->
    [uppercase] hoofdletters
   *[lowercase] kleine letters
}
doctor-server-at = { $server } op { $address }
doctor-found-clock-not-checked = De klok van het apparaat is niet gecontroleerd.
doctor-found-clock-measured = De klok van dit apparaat { $offset } (±{ $uncertainty } ms, gemeten met { $server }).
doctor-found-clock-corrected = Met de klokcorrectie van de token van { $correction } worden de codes gemaakt als met een klok die { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] De te diagnosticeren code is gemaakt voor een tijdstip { $span } na de referentietijd
    [before] De te diagnosticeren code is gemaakt voor een tijdstip { $span } voor de referentietijd
   *[at] De te diagnosticeren code is gemaakt voor de referentietijd
}: de klok van het apparaat dat hem maakte, wijkt meer af dan het tijdvenster van de server.
doctor-found-hotp-no-clock = HOTP-codes volgen een teller, niet de klok: de klok van het apparaat doet er niet toe.
doctor-found-totp-code-off = De te diagnosticeren code is gemaakt voor een tijdstip dat { $span } afwijkt.
doctor-found-totp-tolerance = Een TOTP-server accepteert codes met ongeveer ±{ $tolerance } s speling (±{ $window } van { $period } s), veel minder dan de ±3 minuten van mOTP: een klok die goed genoeg is voor mOTP, kan bij TOTP tekortschieten.
doctor-found-check-codes = De controlecode van de token is { $token }, die van de server { $server }: { $result ->
    [exact] hetzelfde geheim
    [lowercase] de server heeft dit geheim in kleine letters
    [uppercase] de server heeft dit geheim in hoofdletters
   *[different] de geheimen verschillen
}.
doctor-found-code-other-case = De te diagnosticeren code is gemaakt met dit geheim in { $case }: de token en de andere kant verschillen in hoofdletters en kleine letters (controlecode hier: { $check_code }).
doctor-found-secret-proven = Het geheim heeft de te diagnosticeren code gemaakt, dus het klopt (controlecode { $check_code }).
doctor-found-secret-normal = Het geheim ziet eruit als een normaal mOTP-geheim ({ $length ->
    [one] { $length } hexadecimaal teken
   *[other] { $length } hexadecimale tekens
}); de controlecode is { $check_code }.
doctor-found-secret-unusual = Het geheim (controlecode { $check_code }) is ongewoon. { $warnings }
doctor-found-key-short = De sleutel is maar { $bits } bits (RFC 4226 vraagt minstens 128): misschien ontbreekt er een teken, of gebruikt de dienst een zwakke sleutel. Controlecode { $check_code }.
doctor-found-key-ok = Het geheim is een sleutel van { $bits } bits in Base32; de controlecode is { $check_code }.
doctor-found-pin-mismatch = De ingevoerde pincode is niet die waarmee deze token is ingesteld (de typfoutbeveiliging merkte het op); een verkeerde pincode geeft geen foutmelding, alleen codes die de server weigert.
doctor-found-pin-matches = De ingevoerde pincode doorstaat de typfoutbeveiliging.
doctor-found-pin-not-typed = Er is geen pincode ingevoerd, dus de typfoutbeveiliging van de token kon hem niet controleren; een verkeerde pincode geeft geen foutmelding, alleen codes die de server weigert.
doctor-found-pin-proven = De pincode heeft de te diagnosticeren code gemaakt, dus hij klopt.
doctor-found-pin-uncheckable = De pincode kan hier niet worden gecontroleerd (deze token heeft geen typfoutbeveiliging); een verkeerde pincode geeft geen foutmelding, alleen codes die de server weigert.
doctor-found-no-pin = TOTP- en HOTP-tokens hebben geen pincode: de code alleen is de tweede factor.
doctor-found-username-missing = Er is geen gebruikersnaam opgeslagen bij deze token.
doctor-found-username-spaces = De gebruikersnaam ‘{ $account }’ heeft spaties aan het begin of eind, die een VPN-server niet negeert.
doctor-found-username-exact = Log precies in als ‘{ $account }’: gebruikersnamen zijn hoofdlettergevoelig.
doctor-found-no-code = Er is geen code opgegeven om te diagnosticeren.
doctor-found-code-not-diagnosed = De code kon niet worden gediagnosticeerd.
doctor-found-code-failed-for-cause-above = De code zelf is goed ingevoerd; hij mislukte door de oorzaak die hierboven is gevonden.
doctor-found-parameters-differ = De code past niet bij de parameters van de token, maar wel bij { $alternative }: de token is met andere parameters ingesteld dan de server.
doctor-found-digits-differ = De code heeft { $code_digits } cijfers, de codes van de token { $token_digits }: het ingestelde aantal cijfers wijkt af van dat van de server.
doctor-found-before-start = De code werd getoond op { $at } s, vóór de starttijd T0 = { $t0 } s van de token, toen de token nog helemaal geen codes had: de T0 is verkeerd (diensten gebruiken bijna altijd 0).
doctor-alternative-totp = { $algorithm }, { $digits } cijfers, een periode van { $period } s (de token heeft { $token_algorithm }, { $token_digits } cijfers, { $token_period } s)
doctor-alternative-hotp = { $algorithm }, { $digits } cijfers (de token heeft { $token_algorithm }, { $token_digits } cijfers)
diagnosed-match = { $direction ->
    [ahead] De code klopt voor dit geheim en deze pincode (gemaakt voor een tijdstip { $span } later dan deze klok, binnen het tijdvenster van de server).
    [behind] De code klopt voor dit geheim en deze pincode (gemaakt voor een tijdstip { $span } eerder dan deze klok, binnen het tijdvenster van de server).
   *[none] De code klopt voor dit geheim en deze pincode.
} Weigert de server hem toch, controleer dan de gebruikersnaam (die is hoofdlettergevoelig), of de code niet al eerder is gebruikt en of het account niet is geblokkeerd na mislukte pogingen.
diagnosed-clock-drift = { $direction ->
    [ahead] De code klopt voor een tijdstip { $span } later dan deze klok: de klok van de token loopt { $span } voor.
   *[behind] De code klopt voor een tijdstip { $span } eerder dan deze klok: de klok van de token loopt { $span } achter.
} Zet datum en tijd van de telefoon op automatisch (netwerktijd) en controleer de NTP-instellingen van de router, of pas op de token een klokcorrectie van { $correction } toe.
diagnosed-secret-case = De code is gemaakt met het geheim in { $case }. mOTP is hoofdlettergevoelig: voer het geheim op de token in { $case } in, of wijzig de kopie op de server, zodat ze letter voor letter overeenkomen.
diagnosed-secret-case-clock = { $direction ->
    [ahead] De klok daarvan loopt ook { $span } voor: zet datum en tijd op automatisch.
   *[behind] De klok daarvan loopt ook { $span } achter: zet datum en tijd op automatisch.
}
diagnosed-no-match = Geen enkel tijdstip binnen ±{ $span } geeft deze code: het geheim of de pincode verschilt, of de code is verkeerd ingevoerd. Vergelijk de controlecode van het geheim met die van de beheerder, voer de pincode opnieuw in en typ de code nog eens (6 tekens, 0-9 en a-f).
diagnosed-totp-match-now = De code klopt voor dit moment: het geheim en de parameters komen overeen.
diagnosed-totp-match-off = { $direction ->
    [after] De code klopt, { $periods } ({ $seconds } s) na de referentietijd, binnen het tijdvenster van de server van ±{ $window }.
   *[before] De code klopt, { $periods } ({ $seconds } s) voor de referentietijd, binnen het tijdvenster van de server van ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] De code is gemaakt voor een tijdstip { $span } na de referentietijd: de klok van het apparaat dat hem maakte, loopt ongeveer zoveel voor,
   *[before] De code is gemaakt voor een tijdstip { $span } voor de referentietijd: de klok van het apparaat dat hem maakte, loopt ongeveer zoveel achter,
} meer dan de ±{ $tolerance } s van de server (±{ $window } van { $period } s). Stel de klok van het apparaat in via het netwerk (of sla een klokcorrectie op) en gebruik daarna een nieuwe code. TOTP verdraagt veel minder dan de ±3 minuten van mOTP.
diagnosed-totp-no-match = Geen enkele code binnen ±{ $span } komt overeen: het geheim of de parameters (algoritme, cijfers, periode) wijken af van die van de server, of de code is verkeerd ingevoerd. Vergelijk het geheim en voer de diagnose uit, die de gangbare alternatieven probeert.
diagnosed-hotp-match = De code klopt: het is de code van tellerstand { $counter }, { $ahead } hoger dan tellerstand { $server } van de server, binnen het vooruitkijkvenster van { $look_ahead }. De server verwacht daarna { $next }.
diagnosed-hotp-ahead = De code hoort bij tellerstand { $counter }, { $ahead } hoger dan tellerstand { $server } van de server: meer dan het vooruitkijkvenster van { $look_ahead } (de token is vaak ingedrukt zonder in te loggen). Synchroniseer de server opnieuw: zet de teller op { $next } (de meeste servers doen dat aan de hand van twee opeenvolgende codes).
diagnosed-hotp-behind = De code hoort bij tellerstand { $counter }, { $behind } lager dan tellerstand { $server } van de server: hij is al gebruikt (servers accepteren elke code maar één keer), of de token is opnieuw ingesteld. Neem de volgende code van de token; blijft die achter, zet dan de teller van de token op { $server } of registreer de token opnieuw.
diagnosed-hotp-no-match = Geen enkele code binnen { $search ->
    [one] { $search } tellerstand
   *[other] { $search } tellerstanden
} van de tellerstand { $server } van de server komt overeen: het geheim of de parameters (algoritme, cijfers) wijken af, of de code is verkeerd ingevoerd. Vergelijk het geheim en voer de diagnose uit, die de gangbare alternatieven probeert.
doctor-fix-run-clock-check = Voer de klokcontrole uit: een klok die meer afwijkt dan het tijdvenster van de server (±3 min bij de meeste servers), laat elke code mislukken.
doctor-fix-retry-clock-check = Herhaal de klokcontrole op een werkend netwerk, of vergelijk de klok van het apparaat tot op de seconde met een betrouwbare klok.
doctor-fix-run-clock-check-briefly = Voer de klokcontrole uit.
doctor-fix-retry-clock-check-briefly = Herhaal de klokcontrole op een werkend netwerk.
doctor-fix-clock-fine = De klok van dit apparaat is in orde: die is niet de reden dat codes worden geweigerd. Mislukken codes nog steeds op het juiste tijdstip, controleer dan de klok van de VPN-router of -server (de NTP-instellingen), die ook moet kloppen.
doctor-fix-clock-drifting = De klok van dit apparaat { $offset }. De codes vallen nog binnen het tijdvenster van ±{ $window } van de server, maar met minder ruimte voor het typen en voor de afwijking van de serverklok zelf. Zet datum en tijd van dit apparaat op automatisch (netwerktijd), of pas op de token een klokcorrectie van { $correction } toe.
doctor-fix-clock-fail = De klok van dit apparaat { $offset }, meer dan het tijdvenster van ±{ $window } van de server: de server zal de codes van deze token weigeren. Zet datum en tijd van dit apparaat op automatisch (netwerktijd), of pas op de token een klokcorrectie van { $correction } toe.
doctor-fix-totp-clock = Stel de klok van het apparaat in via het netwerk, of sla de voorgestelde correctie van { $correction } op: TOTP-codes hebben een klok nodig die hoogstens ±{ $tolerance } s afwijkt.
doctor-fix-check-codes = { $result ->
    [exact] De controlecodes komen overeen: de token en de server hebben hetzelfde geheim.
    [lowercase] De andere controlecode hoort bij hetzelfde geheim in kleine letters: de twee kopieën verschillen alleen in hoofdletters en kleine letters. mOTP is hoofdlettergevoelig: schrijf de kopie op de token en die op de server op dezelfde manier, letter voor letter (kleine letters zijn gebruikelijk).
    [uppercase] De andere controlecode hoort bij hetzelfde geheim in hoofdletters: de twee kopieën verschillen alleen in hoofdletters en kleine letters. mOTP is hoofdlettergevoelig: schrijf de kopie op de token en die op de server op dezelfde manier, letter voor letter.
   *[different] De controlecodes verschillen: de token en de server hebben verschillende geheimen (of een controlecode is verkeerd gelezen). Voer het geheim opnieuw in op de token vanaf de kopie op de server en vergelijk het groep voor groep, of stel op beide een nieuw geheim in.
}
doctor-fix-compare-check-codes = Vergelijk de controlecodes met de beheerder: die van de token is { $check_code } (hij verraadt niets waarmee codes te maken zijn).
doctor-fix-reenter-base32 = Voer het geheim opnieuw in vanaf de activeringspagina van de dienst (of scan de QR-code opnieuw); Base32 kent geen 0, 1, 8 of 9, dus een O die als 0 of een I die als 1 wordt gelezen, is een veelgemaakte fout.
doctor-fix-compare-with-enrolment = Vergelijk het geheim met de activeringspagina van de dienst.
doctor-fix-compare-base32-check-codes = Als codes mislukken, vergelijk dan de controlecodes met de beheerder (die van de token is { $check_code }, berekend uit het geheim in Base32-hoofdletters zonder opvulling).
doctor-fix-type-pin-again = Voer de pincode nog eens zorgvuldig in. Is de pincode op de server gewijzigd, stel dan dezelfde nieuwe pincode in op de token.
doctor-fix-type-pin-for-guard = Controleer opnieuw en voer daarbij de pincode in: de typfoutbeveiliging vangt 15 van de 16 typfouten op.
doctor-fix-save-username = Sla de VPN-gebruikersnaam op bij de token, zodat je hem altijd bij de hand hebt.
doctor-fix-username-without-spaces = Log in als ‘{ $account }’, zonder de spaties, en verbeter de naam op de token.
doctor-fix-type-code = Typ de code zoals hij wordt getoond (6 tekens, 0-9 en a-f), voordat het aftellen voorbij is; zijn er nog maar een paar seconden over, wacht dan op de volgende code.
doctor-fix-diagnose-rejected-code = Wordt een code geweigerd, diagnosticeer hem dan met het tijdstip waarop hij is ingevoerd.
doctor-fix-give-enrolment-code = Geef de code op die de activeringspagina van de dienst (of het logboek ervan) toont, met het tijdstip waarop hij werd getoond: de diagnose vindt dan afwijkingen in klok, teller en parameters.
doctor-fix-add-again-with = Voeg de token opnieuw toe met { $alternative } (vanuit de QR-code of link van de dienst, die ze bevat).
doctor-fix-add-again-from-link = Voeg de token opnieuw toe vanuit de QR-code of link van de dienst.
doctor-fix-ask-administrator = Mislukt inloggen nog steeds, vraag de beheerder dan om de serverkant te controleren: de klok van de router, een account dat na mislukte pogingen is geblokkeerd, en een code die twee keer is gebruikt (wacht op de volgende code).
doctor-step-name = { $step ->
    [clock] klok
    [secret] geheim
    [pin] pincode
   *[code] code
}
doctor-verdict-problem = De meest waarschijnlijke oorzaak is { $cause ->
    [clock] de klok
    [secret] het geheim
    [pin] de pincode of de gebruikersnaam
   *[code] de code
}: { $detail }
doctor-verdict-warning = Geen duidelijke oorzaak gevonden; de eerste waarschuwing, in de volgorde van de handleiding: { $detail }
doctor-verdict-skipped = Niets van wat is gecontroleerd, is fout, maar sommige stappen zijn overgeslagen ({ $steps }).
doctor-verdict-in-order = Alles wat is gecontroleerd, is in orde.

## Settings
settings-title = Instellingen
settings-lock-background = Vergrendelen na zoveel minuten op de achtergrond
settings-lock-inactivity = Vergrendelen na zoveel minuten zonder aanraking
settings-clipboard = Gekopieerde codes wissen na zoveel seconden
settings-device-key = Ontgrendelen met de apparaatsleutel
settings-change-password = Wachtwoord wijzigen

## Controls (buttons, fields, menus: AppView.labels)
label-back = Terug
label-cancel = Annuleren
label-close = Sluiten
label-dismiss = Negeren
label-next = Doorgaan
label-save = Opslaan
label-delete = Verwijderen
label-add-token = Een token toevoegen
label-lock = Vergrendelen
label-search = Zoeken
label-all-groups = Alle groepen
label-show-code = Code tonen
label-scan-qr = Een QR-code scannen
label-scanning-hint = Richt de camera op de QR-code.
label-stop-scanning = Stoppen met scannen
label-choose-picture = Importeren uit een afbeelding
label-uri = Link (otpauth:// of motp://)
label-add-from-uri = Toevoegen via deze link
label-issuer = Uitgever (bedrijf of server)
label-account = Account (gebruikersnaam)
label-secret = Geheim
label-add-typed-secret = Dit geheim toevoegen
label-generate-secret = Een nieuw geheim maken
label-pin = Pincode
label-confirm-add = Toevoegen
label-note = Notitie
label-group = Groep
label-favourite = Favoriet
label-tolerance = Tolerantie van de server (seconden)
label-reveal-secret = Het geheim en de QR-code tonen
label-hide-secret = Het geheim verbergen
label-check-code = Controlecode
label-export-password = Wachtwoord voor de back-up
label-import-file = Een back-up importeren…
label-import-password = Het wachtwoord van de back-up
label-open-import = Openen
label-confirm-import = Importeren
label-keep-pins = De pincodes uit de back-up behouden
label-choose-backup-folder = Een map kiezen voor automatische back-ups
label-check-clock = De klok controleren
label-apply-correction = De correctie toepassen
label-clear-correction = De correctie verwijderen
label-doctor-token = Token
label-doctor-pin = Pincode, zoals je die bij het inloggen typt
label-doctor-code = Een code die de server heeft geweigerd
label-doctor-admin-check-code = De controlecode van de server (van je beheerder)
label-run-doctor = De oorzaak vinden
label-show-check-code = De controlecode tonen
label-current-password = Huidig wachtwoord
label-new-password = Nieuw wachtwoord
label-new-password-confirmation = Nieuw wachtwoord herhalen
device-key-locked-out = te veel mislukte pogingen; ontgrendel de telefoon eerst met zijn toegangscode
device-key-not-interactive = de app stond niet op het scherm toen hij het vroeg
device-key-not-available = biometrisch ontgrendelen staat uit voor deze app of is nu niet beschikbaar

## Errors (by code)
error-locked = De kluis is vergrendeld. Ontgrendel hem eerst.
error-busy = Wacht tot de huidige taak klaar is.
error-not-available = Dit is niet beschikbaar op dit scherm.
error-unknown-token = Deze token staat niet meer in de kluis.
error-wrong-password = Verkeerd wachtwoord. Controleer het en probeer het opnieuw.
error-password-empty = Voer een wachtwoord in.
error-passwords-differ = De twee wachtwoorden verschillen. Typ twee keer hetzelfde wachtwoord.
error-device-key-cancelled = Ontgrendelen met de apparaatsleutel is geannuleerd. Gebruik je wachtwoord, of probeer het opnieuw.
error-device-key-invalidated = De sleutel van dit apparaat is niet meer geldig. Ontgrendel met je wachtwoord.
error-device-key-failed = De apparaatsleutel kon niet worden gebruikt ({ $detail }). Ontgrendel met je wachtwoord.
error-no-device-key = Deze kluis heeft geen apparaatsleutel voor dit apparaat. Ontgrendel met je wachtwoord.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Dit geheim is niet bruikbaar: { $detail }.
}
error-pin-invalid = Deze pincode is niet bruikbaar: { $detail }.
error-pin-required = Voer eerst de pincode in.
error-uri-invalid = Dit is geen tokenlink die we kunnen lezen: { $detail }.
error-uri-not-motp = Deze QR-code of link bevat een token die deze app niet kan gebruiken: { $detail }.
error-name-invalid = Controleer de naam: { $detail }.
error-note-invalid = Controleer de notitie: { $detail }.
error-qr-invalid = De afbeelding kon niet worden gelezen: { $detail }.
error-duplicate = Deze token staat al in de kluis.
error-import-password-required = Deze back-up is versleuteld. Voer het wachtwoord ervan in.
error-import-wrong-password = Verkeerd wachtwoord voor deze back-up. Gebruik het wachtwoord dat is gekozen toen de back-up werd gemaakt, geen pincode.
error-import-unreadable = Dit bestand kan niet worden geïmporteerd: { $detail }.
error-export-failed = De export kon niet worden gemaakt: { $detail }.
error-vault-changed-elsewhere = De kluis is elders gewijzigd (in een ander venster of op een ander apparaat). Vergrendel en ontgrendel, en probeer het dan opnieuw.
error-vault-busy = Een ander programma slaat de kluis op. Probeer het zo opnieuw.
error-vault-io = De kluis kon niet worden gelezen of geschreven: { $detail }.
error-vault-damaged = Het kluisbestand is beschadigd: { $detail }.
error-vault-newer-version = Deze kluis is gemaakt door een nieuwere versie van mOTP Token. Werk de app bij.
error-vault-not-found = Hier is geen kluis.
error-vault-exists = Hier bestaat al een kluis.
error-last-slot = Dit is de laatste toegang tot de kluis en kan niet worden verwijderd. Voeg eerst een wachtwoord of een apparaatsleutel toe.
error-clock-failed = { $reason ->
    [not-found] De klok kon niet worden gecontroleerd: de tijdserver { $server } is niet gevonden. Controleer of de telefoon online is.
    [timeout] De klok kon niet worden gecontroleerd: de tijdserver { $server } antwoordde niet op tijd. Controleer of de telefoon online is (sommige wifinetwerken blokkeren tijdservers; probeer mobiele data) en probeer het opnieuw.
    [unreachable] De klok kon niet worden gecontroleerd: de tijdserver { $server } is niet bereikbaar. Controleer of de telefoon online is en probeer het opnieuw.
    [refused] De klok kon niet worden gecontroleerd: de tijdserver { $server } weigerde te antwoorden. Probeer het later opnieuw.
    [unsynchronized] De klok kon niet worden gecontroleerd: de tijdserver { $server } weet zelf de tijd niet. Probeer het later opnieuw.
   *[bad-reply] De klok kon niet worden gecontroleerd: de tijdserver { $server } stuurde een ongeldig antwoord. Probeer het later opnieuw.
}
error-clock-server-invalid = Deze tijdserver is niet bruikbaar: { $detail }.
error-check-code-invalid = Een controlecode heeft 6 tekens, 0-9 en a-f, zoals a1b 2c3.
error-code-invalid = Een code heeft 6 tekens, 0-9 en a-f, zoals 6ed 4e4.
error-file-failed = Het bestand kon niet worden opgeslagen of geopend: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] De app mag de camera niet gebruiken. Sta het toe in de systeeminstellingen, of plak de link of typ het geheim over.
    [missing] Dit apparaat heeft geen camera die de app kan gebruiken. Plak de link of typ het geheim over.
   *[failed] De camera is niet gestart (misschien gebruikt een andere app hem). Probeer het opnieuw, of plak de link of typ het geheim over.
}
error-setting-invalid = Deze waarde is te groot; het maximum is { $max }.
error-other = Er is iets misgegaan: { $detail }.

## De opdrachtregel (motp-cli): het kader rond de bevindingen van de diagnose
cli-doctor-title = diagnose voor { $name } (inloggen als ‘{ $account }’)
cli-doctor-fix = oplossing: { $fix }
cli-doctor-verdict = oordeel:     { $verdict }
cli-doctor-what-to-do = te doen:     { $fix }
cli-doctor-check-code = controlecode: { $code } (vergelijk hem met die van de beheerder; hij verraadt niets waarmee codes te maken zijn)

## De lijst: sorteren, verborgen codes, prullenbak

sort-manual = Handmatig
sort-name = Op naam
sort-issuer = Op uitgever
sort-last-used = Laatst gebruikt
list-undo-deleted = { $name } naar de prullenbak verplaatst
list-trash-link = Prullenbak ({ $count })
notice-token-restored = Token teruggezet
trash-title = Prullenbak
trash-explanation = Verwijderde tokens blijven hier { $days } dagen en worden daarna definitief verwijderd.
trash-purge-in = { $days ->
    [one] Over { $days } dag definitief verwijderd
   *[other] Over { $days } dagen definitief verwijderd
}
trash-empty = De prullenbak is leeg.
label-sort-by = Sorteren op
label-undo = Ongedaan maken
label-restore = Terugzetten
label-delete-for-good = Definitief verwijderen
label-hide-codes = Codes verbergen tot je tikt
label-reveal-code = Tik om te tonen
label-reorder = Sleep om te herschikken
# ---- icon packs ----
label-import-icon-pack = Pictogrammenpakket importeren…
busy-icon-pack = Het pictogrammenpakket wordt geïmporteerd…
settings-icon-pack = Pictogrammenpakket: { $name }, versie { $version }, { $count ->
    [one] { $count } pictogram
   *[other] { $count } pictogrammen
}
settings-no-icon-pack = Geen pictogrammenpakket: importeer een Aegis-pictogrammenpakket (een .zip-bestand) om pictogrammen naast je tokens te tonen.
notice-icon-pack-imported = Pictogrammenpakket geïmporteerd: { $count ->
    [one] { $count } pictogram
   *[other] { $count } pictogrammen
}
error-icon-pack = { $problem ->
    [not-zip] Dit bestand is geen pictogrammenpakket: het is geen ZIP-archief, of het is beschadigd.
    [too-large] Dit pictogrammenpakket is te groot: hoogstens { $mib } MiB.
    [too-many-files] Dit pictogrammenpakket bevat te veel bestanden: hoogstens { $max }.
    [no-pack-json] Dit is geen Aegis-pictogrammenpakket: het heeft geen pack.json op het hoogste niveau.
    [pack-json-too-large] De pack.json van dit pictogrammenpakket is te groot: hoogstens { $mib } MiB.
    [pack-json-invalid] De pack.json van dit pictogrammenpakket kan niet worden gelezen: { $detail }.
    [no-icons] Dit pictogrammenpakket bevat geen pictogrammen.
    [too-many-icons] Dit pictogrammenpakket bevat te veel pictogrammen: hoogstens { $max }.
    [unsafe-name] Dit pictogrammenpakket is geweigerd: de naam ‘{ $name }’ wijst buiten het pakket.
    [missing-icon] Dit pictogrammenpakket is onvolledig: ‘{ $name }’ ontbreekt.
    [not-a-picture] Dit pictogrammenpakket is geweigerd: ‘{ $name }’ is geen SVG-, PNG- of JPEG-afbeelding.
    [icon-too-large] Dit pictogrammenpakket is geweigerd: ‘{ $name }’ is groter dan { $mib } MiB.
    [total-too-large] Dit pictogrammenpakket is geweigerd: uitgepakt zijn de pictogrammen groter dan { $mib } MiB.
    [unreadable] Dit pictogrammenpakket is beschadigd: ‘{ $name }’ kan niet worden uitgepakt.
   *[other] Het pictogrammenpakket kon niet worden opgeslagen: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Synchroniseren…
sync-title = Synchronisatie
sync-explanation = Houd deze kluis gelijk op al je apparaten via een WebDAV-server die je al gebruikt (Nextcloud, ownCloud, een NAS). De kluis blijft versleuteld: de server ziet nooit een geheim.
sync-url-label = Adres van het kluisbestand op de server
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Gebruikersnaam
sync-password-label = Serverwachtwoord (bij Nextcloud een app-wachtwoord)
sync-set-up = Synchronisatie instellen
sync-now = Nu synchroniseren
sync-turn-off = Synchronisatie uitzetten
sync-never = Nog niet gesynchroniseerd.
sync-last-ok = { $minutes ->
    [0] Zojuist gesynchroniseerd.
   *[other] { $minutes } min geleden gesynchroniseerd.
}
sync-last-failed = { $minutes ->
    [0] De laatste synchronisatie, zojuist, is mislukt: { $reason }
   *[other] De laatste synchronisatie, { $minutes } min geleden, is mislukt: { $reason }
}
sync-password-changed = Het kluiswachtwoord is op een ander apparaat gewijzigd. Voer het nieuwe wachtwoord één keer in om het ook hier te gebruiken; tot dan opent dit apparaat met het oude.
sync-new-password-label = Het nieuwe kluiswachtwoord
sync-adopt-password = Nieuw wachtwoord gebruiken
list-password-changed-elsewhere = Het kluiswachtwoord is op een ander apparaat gewijzigd: voer het in bij Instellingen.
notice-synced = Gesynchroniseerd met je andere apparaten: { $added } toegevoegd, { $changed } gewijzigd, { $removed } verwijderd.
notice-sync-up-to-date = Gesynchroniseerd: alles is bijgewerkt.
notice-sync-password-changed = Het kluiswachtwoord is op een ander apparaat gewijzigd. Voer het één keer in bij Instellingen.
error-sync-failed = { $problem ->
    [address] Dit synchronisatieadres is niet bruikbaar: { $detail }.
    [not-set-up] Deze kluis is aan geen synchronisatieserver gekoppeld. Stel er een in bij Instellingen.
    [refused] De server weigerde de gebruikersnaam of het wachtwoord. Controleer ze; gebruik bij Nextcloud een app-wachtwoord.
    [server] De server antwoordde met een fout (HTTP { $status }). Je wijzigingen zijn op dit apparaat bewaard; synchroniseer later opnieuw.
    [no-etag] Deze server kan apparaten niet veilig gelijk houden (hij geeft geen ETag). Gebruik een WebDAV-server zoals Nextcloud of ownCloud.
    [other-vault] Het bestand op dat adres is een andere kluis en is dus niet samengevoegd of overschreven. Kies een ander adres.
    [race] Andere apparaten schreven tegelijk naar de kluis. Je wijzigingen zijn bewaard en samengevoegd; synchroniseer zo opnieuw.
    [unreachable] De server is niet bereikbaar. Controleer het netwerk en het adres; je wijzigingen zijn op dit apparaat bewaard en worden later gesynchroniseerd.
    [certificate] Het certificaat van de server wordt niet vertrouwd, dus er is niets verstuurd. Herstel het certificaat van de server of installeer zijn certificaatautoriteit op dit apparaat.
    [timed-out] De server antwoordde niet op tijd. Je wijzigingen zijn op dit apparaat bewaard; synchroniseer later opnieuw.
    [too-large] De server stuurde een bestand dat te groot is voor een kluis. Controleer het adres.
    [no-vault] Op dit adres staat nog geen kluis. Stel eerst synchronisatie in op het apparaat met je tokens en gebruik hier daarna hetzelfde adres.
   *[transport] De synchronisatie bereikte de server niet: { $detail }. Je wijzigingen zijn op dit apparaat bewaard.
}
join-title = Gebruik je mOTP Token al op een ander apparaat?
join-explanation = Gebruik de kluis die het op je synchronisatieserver bewaart: dit apparaat krijgt dezelfde tokens en blijft gelijk met de andere.
join-vault-password-label = Het kluiswachtwoord (zoals ingesteld op je andere apparaat)
join-button = Deze kluis gebruiken
notice-joined = Dit apparaat gebruikt nu de kluis van je synchronisatieserver.
history-part = { $part ->
    [issuer] uitgever
    [account] account
    [note] notitie
    [group] groep
    [favourite] favoriet
    [icon] pictogram
    [tolerance] "gebruiken binnen" (seconden)
   *[other] waarde
}
detail-history-version = { $origin ->
    [other] Ook gewijzigd op een ander apparaat (de wijziging van dit apparaat is behouden). Daar { $part }: { $value }
   *[here] Gewijzigd op een ander apparaat. Eerder { $part }: { $value }
}
detail-history-restore = Herstellen
history-value-empty = (leeg)
history-value-yes = ja
history-value-no = nee
backup-versions-show = Een automatische back-up terugzetten
backup-version = { $time }: { $tokens }
backup-version-reading = lezen…
backup-version-tokens = { $count ->
    [one] 1 token
   *[other] { $count } tokens
}
backup-version-unreadable = onleesbaar (beschadigd, of van een andere kluis)
backup-version-merge = Samenvoegen
backup-version-restore = Terugzetten zoals hij was
backup-version-confirm-restore = De kluis terugzetten zoals deze back-up hem bevatte? Tokens die sindsdien zijn toegevoegd gaan naar de prullenbak (30 dagen bewaard), verwijderde komen terug en namen worden teruggezet, op elk gesynchroniseerd apparaat.
notice-backup-taken = Back-up teruggezet: { $added } toegevoegd, { $changed } gewijzigd, { $removed } naar de prullenbak.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Het scherm scannen
label-paste-picture = Een afbeelding plakken
label-this-computer = de sleutelhanger van deze computer
label-screen-capture-failed = Het scherm kon niet worden vastgelegd.
label-long-secret = 32 tekens (DrayTek, privacyIDEA)
