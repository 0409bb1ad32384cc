# mOTP Token: alle Sätze der Apps auf Deutsch. Fehlt hier eine Meldung, gilt die englische.
# `$detail` zitiert einen Satz der Engine (motp-core), der noch englisch ist.

## Busy
busy-starting = Wird geöffnet…
busy-creating = Tresor wird angelegt…
busy-unlocking = Wird entsperrt…
busy-saving = Wird gespeichert…
busy-exporting = Export wird erstellt…
busy-reading-file = Datei wird gelesen…
busy-checking-password = Passwort wird geprüft…
busy-clock = Zeitserver wird gefragt…
busy-scanning = QR-Code wird gesucht…

## Fields
field-password = Passwort
field-password-confirmation = Passwort wiederholen

## First run
first-run-title = Schützen Sie Ihre Tokens
first-run-explanation = Ihre Tokens werden verschlüsselt auf diesem Gerät gespeichert. Wählen Sie ein Passwort zum Entsperren; Sie brauchen es, falls der Geräteschlüssel verloren geht.
first-run-device-key = Auch mit { $label } entsperren
first-run-create = Anlegen
strength-empty = Wählen Sie ein Passwort mit mindestens 8 Zeichen.
strength-weak = Schwach: Verwenden Sie mindestens 8 Zeichen.
strength-fair = Ausreichend: Länger oder mit Ziffern und Sonderzeichen ist besser.
strength-strong = Stark.

## Unlock
unlock-title = Tokens entsperren
unlock-button = Entsperren
unlock-invalidated-hint = Der Schlüssel dieses Geräts ist nicht mehr gültig (Fingerabdrücke oder Gesicht wurden geändert). Entsperren Sie mit Ihrem Passwort; danach können Sie den Geräteschlüssel in den Einstellungen wieder einschalten.
device-key-unlock-title = mOTP Token entsperren
device-key-unlock-reason = Ihre Tokens entsperren
device-key-use-password = Passwort verwenden
device-key-enrol-title = Entsperren mit { $label } einschalten
device-key-enrol-reason = Bestätigen Sie, um Ihre Tokens künftig mit diesem Gerät zu entsperren

## The list
list-title = Tokens
list-empty = Noch keine Tokens. Fügen Sie eines mit der Schaltfläche + hinzu.
list-no-match = Kein Token passt zu Ihrer Suche.
list-enter-pin = PIN eingeben
list-copy-label = Code von { $name } kopieren
list-copied = Code kopiert
list-use-within = Innerhalb von { $seconds } s verwenden
list-wait-next = Warten Sie auf den nächsten Code
list-upcoming-code = Nächster: { $code }
list-seconds-left = { $seconds ->
    [one] Noch { $seconds } Sekunde
   *[other] Noch { $seconds } Sekunden
}
list-typo-warning = Diese PIN stimmt nicht mit der für dieses Token eingerichteten überein. Prüfen Sie sie vor der Anmeldung: Ein falscher Code zählt als Fehlversuch.
list-offer-reenrol = Der Geräteschlüssel wurde abgeschaltet, weil er nicht mehr gültig ist. Schalten Sie ihn in den Einstellungen wieder ein.
list-next-code = Nächster Code
list-kind-unsupported = Dieses { $kind }-Token braucht eine neuere Version der App.
kind-totp = TOTP, { $digits } Ziffern alle { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } Ziffern, einer pro Tippen ({ $algorithm })
kind-steam = Steam Guard, 5 Zeichen alle 30 s

## Adding a token
add-title = Token hinzufügen
add-warning-pin-in-uri = Der QR-Code enthält auch eine PIN. Behalten Sie sie nur, wenn die PIN auf diesem Gerät gespeichert werden soll.
add-generated-instructions = Geben Sie dieses Geheimnis genau so am VPN-Router oder -Server ein, oder lassen Sie den Administrator den QR-Code scannen.
add-duplicate-same-secret = Dasselbe Geheimnis wie „{ $name }“
add-duplicate-same-name = Derselbe Aussteller und dasselbe Konto wie „{ $name }“
add-anyway = Trotzdem hinzufügen
add-export-progress = { $scanned } von { $total } QR-Codes des Exports gescannt: Halten Sie den nächsten vor die Kamera, in beliebiger Reihenfolge.
add-export-other = Dieser QR-Code gehört zu einem anderen Export. Schließen Sie diesen ab oder importieren Sie die bisher gescannten Codes.
add-export-import = Gescannte Codes importieren
pin-policy-ask = Jedes Mal nach der PIN fragen
pin-policy-ask-guard = Jedes Mal fragen und vor Tippfehlern warnen
pin-policy-remember = PIN auf diesem Gerät speichern

## Secret warnings
secret-warning-not-hex = Das Geheimnis ist nicht hexadezimal (0-9, a-f). Vergleichen Sie es mit der Kopie des Servers.
secret-warning-uppercase = Das Geheimnis enthält Großbuchstaben. mOTP unterscheidet Groß- und Kleinschreibung: Es muss Buchstabe für Buchstabe mit der Kopie des Servers übereinstimmen.
secret-warning-unusual-length = Das Geheimnis ist { $length } Zeichen lang; mOTP-Geheimnisse haben meist 16 oder 32. Prüfen Sie, dass keines fehlt oder zu viel ist.
secret-warning-short = Das Geheimnis ist nur { $length } Zeichen lang, kürzer als empfohlen: 16 Hex-Zeichen für mOTP, 26 Base32-Zeichen (128 Bit) für TOTP und HOTP.

## Detail
detail-confirm-delete = „{ $name }“ löschen? Ohne Sicherung können Sie sich damit nicht mehr anmelden.

## Notices
notice-vault-created = Ihr Tresor ist bereit.
notice-recovered-from-previous = Die Tresordatei war beschädigt, daher wurde ihre vorige Kopie geöffnet. Ihre letzte Änderung fehlt womöglich: Prüfen Sie Ihre Tokens.
notice-token-added = Token hinzugefügt
notice-token-deleted = Token gelöscht
notice-saved = Gespeichert
notice-exported = Export gespeichert

## Backups
backups-title = Sicherungen
backups-none = Noch keine Sicherung.
backups-last = { $days ->
    [0] Letzte Sicherung: heute.
    [one] Letzte Sicherung: gestern.
   *[other] Letzte Sicherung: vor { $days } Tagen.
}
backups-reminder = Sie haben Ihre Tokens seit der letzten Sicherung geändert. Exportieren Sie eine Sicherung oder wählen Sie einen Ordner für automatische Sicherungen.
backups-reminder-auto-failed = Ihre letzten Änderungen sind noch nicht im Sicherungsordner. Prüfen Sie, ob der Ordner noch verfügbar ist.
export-motp = Verschlüsselte Sicherung (mOTP Token)
export-aegis = Aegis-Tresor
export-uris = Liste von motp://-Links
export-uris-warning = Diese Datei ist nicht verschlüsselt: Wer sie liest, kann Ihre Codes erzeugen. Löschen Sie sie, sobald die Tokens übertragen sind.
export-google = Google Authenticator (QR-Codes)
export-google-warning = Die QR-Codes zeigen jedes Geheimnis: Zeigen Sie sie nur, wo niemand sonst Ihren Bildschirm sehen kann.
export-google-progress = QR-Code { $page } von { $pages }
export-google-instructions = Wählen Sie in Google Authenticator „Konten übertragen“, dann „Konten importieren“, und scannen Sie jeden Code.
export-google-left-out = Nicht in diesen Codes, weil Google Authenticator sie nicht aufnehmen kann: { $names }
export-google-nothing = Keines Ihrer Tokens kann zu Google Authenticator: Es kann keine mOTP- oder Steam-Tokens, keine 7-stelligen Codes und keine anderen Intervalle als 30 Sekunden aufnehmen.
export-google-next = Nächster Code
export-google-previous = Vorheriger Code
export-google-done = Fertig
import-reading = Datei wird gelesen…
import-needs-password = Diese Sicherung ist verschlüsselt. Geben Sie ihr Passwort ein.
import-preview-count = { $count ->
    [one] { $count } Token
   *[other] { $count } Tokens
}
import-preview-pins = { $count } mit PIN
import-preview-duplicates = { $count } schon vorhanden
import-preview-skipped = { $count } nicht importierbar
import-status-new = Neu
import-status-duplicate = Schon vorhanden
import-status-skipped = Kann nicht importiert werden
import-duplicate-of = Schon vorhanden als „{ $name }“
import-skip-unsupported = { $kind ->
    [yandex] Yandex-Tokens werden nicht unterstützt: mOTP Token verwaltet mOTP-, TOTP-, HOTP- und Steam-Tokens.
   *[unknown] Der Typ „{ $name }“ wird nicht unterstützt: mOTP Token verwaltet mOTP-, TOTP-, HOTP- und Steam-Tokens.
}
import-skip-not-an-object = Dieser Eintrag ist kein Token-Datensatz.
import-skip-field = { $fault ->
    [missing] Dem Eintrag fehlt das Feld „{ $field }“.
    [whole] Das Feld „{ $field }“ des Eintrags ist keine ganze Zahl.
    [negative] Das Feld „{ $field }“ des Eintrags ist negativ.
   *[type] Das Feld „{ $field }“ des Eintrags hat den falschen Typ.
}
import-skip-digits = Codes mit { $digits ->
    [one] { $digits } Stelle
   *[other] { $digits } Stellen
} werden nicht unterstützt: TOTP- und HOTP-Codes haben 6 bis 8 Stellen.
import-skip-counter-missing = Diesem HOTP-Token fehlt der Zähler.
import-skip-counter-negative = Der Zähler dieses HOTP-Tokens ist negativ.
import-skip-algorithm = Der Algorithmus „{ $name }“ wird nicht unterstützt: TOTP und HOTP verwenden SHA-1, SHA-256 oder SHA-512.
import-skip-period = Eine Periode von { $seconds } s wird nicht unterstützt: Eine TOTP-Periode dauert 1 bis { $max } Sekunden (fast immer 30).
import-skip-secret-not-base32 = Das Geheimnis ist kein gültiges Base32.
import-skip-base32-too-long = Das Geheimnis ist länger als { $max } Zeichen.
import-skip-base32-character = Zeichen { $position } des Geheimnisses ist kein Base32-Buchstabe (A-Z) und keine Base32-Ziffer (2-7).
import-skip-base32-digit = { $digit ->
    [0] Zeichen { $position } des Geheimnisses ist eine 0, die Base32 nicht verwendet: Vermutlich ist der Buchstabe O gemeint.
    [1] Zeichen { $position } des Geheimnisses ist eine 1, die Base32 nicht verwendet: Vermutlich ist der Buchstabe I oder L gemeint.
    [8] Zeichen { $position } des Geheimnisses ist eine 8, die Base32 nicht verwendet: Vermutlich ist der Buchstabe B gemeint.
   *[9] Zeichen { $position } des Geheimnisses ist eine 9, die Base32 nicht verwendet.
}
import-skip-base32-partial = Die { $length } Zeichen des Geheimnisses ergeben keine ganzen Bytes: Ein Zeichen fehlt oder ist zu viel.
import-skip-secret-empty = Das Geheimnis ist leer.
import-skip-secret-not-printable = Zeichen { $position } des Geheimnisses ist kein druckbarer ASCII-Buchstabe, keine Ziffer und kein Symbol.
import-skip-secret-too-long = Das Geheimnis ist { $length } Zeichen lang, mehr als die { $max }, die ein mOTP-Server verwendet.
import-skip-secret-not-text = Das Geheimnis ist kein Text.
import-skip-secret-not-base64 = Das Geheimnis ist kein gültiges Base64.
import-skip-vault-full = Der Tresor enthält bereits { $max } Tokens, mehr geht nicht.
import-skip-batch-part-missing = QR-Code { $part } von { $parts } dieses Exports fehlt in der Datei: Fügen Sie ihn hinzu (erneut scannen), um seine Konten zu importieren.
import-duplicate-same = Gleiches Geheimnis, gleicher Aussteller und gleiches Konto wie „{ $name }“.
import-duplicate-other-issuer = Gleiches Geheimnis und gleiches Konto wie „{ $name }“ (nur der Aussteller unterscheidet sich).
import-report = { $imported ->
    [one] { $imported } Token importiert
   *[other] { $imported } Tokens importiert
}, { $skipped } übersprungen.

## Troubleshooting
trouble-title = Fehlersuche
duration = { $minutes } min { $seconds } s
clock-on-time = Die Uhr dieses Geräts geht richtig.
clock-behind = Die Uhr dieses Geräts geht { $offset } nach.
clock-ahead = Die Uhr dieses Geräts geht { $offset } vor.
clock-advice-fine = Die Uhr ist nicht der Grund für fehlschlagende Anmeldungen.
clock-advice-corrected = Die gespeicherte Korrektur gleicht die Uhr dieses Geräts aus: Die Codes stimmen.
clock-advice-drifting = Die Codes funktionieren noch, mit weniger Spielraum. Stellen Sie die Uhr automatisch oder übernehmen Sie die Korrektur.
clock-advice-fail = Der Server wird Codes dieser Uhr ablehnen. Stellen Sie die Uhr automatisch oder übernehmen Sie die Korrektur.
clock-correction-stored = Codes werden mit einer Korrektur von { $offset } berechnet.
check-code-instructions = Lesen Sie diesen Prüfcode Ihrem Administrator vor. Er zeigt, ob Ihr Geheimnis mit dem des Servers übereinstimmt, ohne es zu verraten.
doctor-step-clock = Uhr
doctor-step-secret = Geheimnis
doctor-step-pin = PIN und Benutzername
doctor-step-code = Der Code
doctor-clock-ok = Die Uhr geht richtig.
doctor-clock-warning = Die Uhr weicht ab, aber die Codes funktionieren noch.
doctor-clock-problem = Die Uhr weicht so weit ab, dass der Server die Codes ablehnt.
doctor-clock-skipped = Die Uhr wurde nicht geprüft. Führen Sie zuerst die Uhrprüfung aus.
doctor-secret-ok = Das Geheimnis stimmt mit der Kopie des Servers überein.
doctor-secret-ok-unproven = Am Geheimnis fällt nichts auf, aber es wurde nicht mit der Kopie des Servers verglichen.
doctor-secret-warning = Am Geheimnis ist etwas ungewöhnlich.
doctor-secret-problem = Das Geheimnis weicht von der Kopie des Servers ab.
doctor-secret-skipped = Das Geheimnis wurde nicht verglichen. Fragen Sie Ihren Administrator nach dem Prüfcode des Servers.
doctor-pin-ok = Die PIN scheint richtig.
doctor-pin-warning = Prüfen Sie PIN und Benutzernamen.
doctor-pin-problem = Die PIN ist nicht die für dieses Token eingerichtete.
doctor-pin-skipped = Die PIN wurde nicht geprüft.
doctor-code-ok = Der Code ist für diesen Zeitpunkt richtig.
doctor-code-warning = Der Code wurde zu einer anderen Zeit oder mit einem anderen Geheimnis erzeugt.
doctor-code-problem = Der Code stammt nicht von diesem Token.
doctor-code-skipped = Es wurde kein Code zur Prüfung angegeben.
doctor-cause-none = In den vier Schritten wurde keine Ursache gefunden.
doctor-cause-clock = Die Uhr ist das Problem.
doctor-cause-secret = Das Geheimnis ist das Problem.
doctor-cause-pin = PIN oder Benutzername sind das Problem.
doctor-cause-code = Der Code selbst ist das Problem.

## Die Fehlersuche im Einzelnen
span = { $hours ->
    [0] { $minutes ->
        [0] { $seconds } s
       *[other] { $seconds ->
            [0] { $minutes } Min.
           *[other] { $minutes } Min. { $seconds } s
        }
    }
   *[other] { $minutes ->
        [0] { $hours } Std.
       *[other] { $hours } Std. { $minutes } Min.
    }
}
size-ms = { $ms } ms
size-tenths = { $seconds },{ $tenths } s
count-periods = { $count ->
    [one] { $count } Periode
   *[other] { $count } Perioden
}
doctor-offset = { $direction ->
    [behind] geht { $size } nach
    [ahead] geht { $size } vor
   *[none] geht genau richtig
}
doctor-offset-clause = { $direction ->
    [behind] { $size } nachgeht
    [ahead] { $size } vorgeht
   *[none] genau richtig geht
}
doctor-case = { $case ->
    [uppercase] Großbuchstaben
   *[lowercase] Kleinbuchstaben
}
doctor-server-at = { $server } unter { $address }
doctor-found-clock-not-checked = Die Uhr des Geräts wurde nicht geprüft.
doctor-found-clock-measured = Die Uhr dieses Geräts { $offset } (±{ $uncertainty } ms, gemessen mit { $server }).
doctor-found-clock-corrected = Mit der Uhrkorrektur des Tokens von { $correction } entstehen seine Codes wie mit einer Uhr, die { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] Der zu prüfende Code wurde für einen Zeitpunkt { $span } nach der Bezugszeit erzeugt
    [before] Der zu prüfende Code wurde für einen Zeitpunkt { $span } vor der Bezugszeit erzeugt
   *[at] Der zu prüfende Code wurde für die Bezugszeit erzeugt
}: Die Uhr des Geräts, das ihn erzeugt hat, weicht um mehr als das Zeitfenster des Servers ab.
doctor-found-hotp-no-clock = HOTP-Codes folgen einem Zähler, nicht der Uhr: Die Uhr des Geräts spielt keine Rolle.
doctor-found-totp-code-off = Der zu prüfende Code wurde für einen Zeitpunkt erzeugt, der { $span } abweicht.
doctor-found-totp-tolerance = Ein TOTP-Server akzeptiert Codes etwa ±{ $tolerance } s (±{ $window } zu { $period } s) – viel weniger als die ±3 Minuten bei mOTP; eine Uhr, die für mOTP genügt, kann bei TOTP scheitern.
doctor-found-check-codes = Der Prüfcode des Tokens ist { $token }, der des Servers { $server }: { $result ->
    [exact] dasselbe Geheimnis
    [lowercase] Der Server hat dieses Geheimnis in Kleinbuchstaben
    [uppercase] Der Server hat dieses Geheimnis in Großbuchstaben
   *[different] Die Geheimnisse unterscheiden sich
}.
doctor-found-code-other-case = Der zu prüfende Code wurde mit diesem Geheimnis in { $case } erzeugt: Token und Gegenseite unterscheiden sich in der Groß- und Kleinschreibung (Prüfcode hier { $check_code }).
doctor-found-secret-proven = Das Geheimnis hat den zu prüfenden Code erzeugt, es ist also richtig (Prüfcode { $check_code }).
doctor-found-secret-normal = Das Geheimnis sieht wie ein übliches mOTP-Geheimnis aus ({ $length } Hex-Zeichen); sein Prüfcode ist { $check_code }.
doctor-found-secret-unusual = Das Geheimnis (Prüfcode { $check_code }) ist ungewöhnlich. { $warnings }
doctor-found-key-short = Der Schlüssel hat nur { $bits } Bit (RFC 4226 verlangt mindestens 128): Vielleicht fehlt ein Zeichen, oder der Dienst verwendet einen schwachen Schlüssel. Prüfcode { $check_code }.
doctor-found-key-ok = Das Geheimnis ist ein { $bits }-Bit-Schlüssel in Base32; sein Prüfcode ist { $check_code }.
doctor-found-pin-mismatch = Die eingegebene PIN ist nicht die, mit der dieses Token eingerichtet wurde (der Tippfehlerschutz hat es bemerkt); eine falsche PIN erzeugt keine Fehlermeldung, nur Codes, die der Server ablehnt.
doctor-found-pin-matches = Die eingegebene PIN besteht den Tippfehlerschutz.
doctor-found-pin-not-typed = Es wurde keine PIN eingegeben, daher konnte der Tippfehlerschutz des Tokens sie nicht prüfen; eine falsche PIN erzeugt keine Fehlermeldung, nur Codes, die der Server ablehnt.
doctor-found-pin-proven = Die PIN hat den zu prüfenden Code erzeugt, sie ist also richtig.
doctor-found-pin-uncheckable = Die PIN lässt sich hier nicht prüfen (dieses Token hat keinen Tippfehlerschutz); eine falsche PIN erzeugt keine Fehlermeldung, nur Codes, die der Server ablehnt.
doctor-found-no-pin = TOTP- und HOTP-Tokens haben keine PIN: Der Code allein ist der zweite Faktor.
doctor-found-username-missing = Mit diesem Token ist kein Benutzername gespeichert.
doctor-found-username-spaces = Der Benutzername „{ $account }“ hat Leerzeichen am Anfang oder Ende, die ein VPN-Server nicht ignoriert.
doctor-found-username-exact = Melden Sie sich genau als „{ $account }“ an: Bei Benutzernamen zählt die Groß- und Kleinschreibung.
doctor-found-no-code = Es wurde kein Code zur Prüfung angegeben.
doctor-found-code-not-diagnosed = Der Code konnte nicht geprüft werden.
doctor-found-code-failed-for-cause-above = Der Code selbst wurde richtig eingegeben; er scheiterte an der oben gefundenen Ursache.
doctor-found-parameters-differ = Der Code passt nicht zu den Parametern des Tokens, aber zu { $alternative }: Das Token wurde mit anderen Parametern eingerichtet als der Server.
doctor-found-digits-differ = Der Code hat { $code_digits } Ziffern, die Codes des Tokens { $token_digits }: Die eingestellte Stellenzahl weicht von der des Servers ab.
doctor-found-before-start = Der Code wurde bei { $at } s angezeigt, vor der Startzeit T0 = { $t0 } s des Tokens, zu der es noch gar keine Codes hat: Sein T0 ist falsch (Dienste verwenden fast immer 0).
doctor-alternative-totp = { $algorithm }, { $digits } Ziffern, Periode { $period } s (das Token hat { $token_algorithm }, { $token_digits } Ziffern, { $token_period } s)
doctor-alternative-hotp = { $algorithm }, { $digits } Ziffern (das Token hat { $token_algorithm }, { $token_digits } Ziffern)
diagnosed-match = { $direction ->
    [ahead] Der Code ist für dieses Geheimnis und diese PIN richtig (erzeugt für einen Zeitpunkt { $span } später als diese Uhr, innerhalb des Zeitfensters des Servers).
    [behind] Der Code ist für dieses Geheimnis und diese PIN richtig (erzeugt für einen Zeitpunkt { $span } früher als diese Uhr, innerhalb des Zeitfensters des Servers).
   *[none] Der Code ist für dieses Geheimnis und diese PIN richtig.
} Lehnt der Server ihn trotzdem ab, prüfen Sie den Benutzernamen (die Groß- und Kleinschreibung zählt), ob der Code schon einmal verwendet wurde und ob das Konto nach Fehlversuchen gesperrt ist.
diagnosed-clock-drift = { $direction ->
    [ahead] Der Code ist für einen Zeitpunkt { $span } später als diese Uhr richtig: Die Uhr des Tokens geht { $span } vor.
   *[behind] Der Code ist für einen Zeitpunkt { $span } früher als diese Uhr richtig: Die Uhr des Tokens geht { $span } nach.
} Stellen Sie Datum und Uhrzeit des Telefons auf automatisch (Netzwerkzeit) und prüfen Sie die NTP-Einstellungen des Routers, oder übernehmen Sie im Token eine Uhrkorrektur von { $correction }.
diagnosed-secret-case = Der Code wurde mit dem Geheimnis in { $case } erzeugt. mOTP unterscheidet Groß- und Kleinschreibung: Geben Sie das Geheimnis im Token in { $case } ein oder ändern Sie die Kopie des Servers, sodass beide Buchstabe für Buchstabe übereinstimmen.
diagnosed-secret-case-clock = { $direction ->
    [ahead] Außerdem geht die Uhr des Geräts, das ihn erzeugt hat, { $span } vor: Stellen Sie dort Datum und Uhrzeit auf automatisch.
   *[behind] Außerdem geht die Uhr des Geräts, das ihn erzeugt hat, { $span } nach: Stellen Sie dort Datum und Uhrzeit auf automatisch.
}
diagnosed-no-match = Kein Zeitpunkt innerhalb von ±{ $span } ergibt diesen Code: Geheimnis oder PIN weichen ab, oder der Code wurde falsch eingegeben. Vergleichen Sie den Prüfcode des Geheimnisses mit dem Ihres Administrators, geben Sie die PIN erneut ein und tippen Sie den Code noch einmal (6 Zeichen, 0-9 und a-f).
diagnosed-totp-match-now = Der Code ist für diesen Zeitpunkt richtig: Geheimnis und Parameter stimmen.
diagnosed-totp-match-off = { $direction ->
    [after] Der Code ist richtig, { $periods } ({ $seconds } s) nach der Bezugszeit, innerhalb des Zeitfensters des Servers von ±{ $window }.
   *[before] Der Code ist richtig, { $periods } ({ $seconds } s) vor der Bezugszeit, innerhalb des Zeitfensters des Servers von ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] Der Code wurde für einen Zeitpunkt { $span } nach der Bezugszeit erzeugt: Die Uhr des Geräts, das ihn erzeugt hat, geht etwa so viel vor,
   *[before] Der Code wurde für einen Zeitpunkt { $span } vor der Bezugszeit erzeugt: Die Uhr des Geräts, das ihn erzeugt hat, geht etwa so viel nach,
} mehr als die ±{ $tolerance } s des Servers (±{ $window } zu { $period } s). Stellen Sie die Uhr des Geräts über das Netzwerk (oder speichern Sie eine Uhrkorrektur) und verwenden Sie dann einen neuen Code. TOTP verträgt weit weniger als die ±3 Minuten bei mOTP.
diagnosed-totp-no-match = Kein Code innerhalb von ±{ $span } passt: Geheimnis oder Parameter (Algorithmus, Stellenzahl, Periode) weichen von denen des Servers ab, oder der Code wurde falsch eingegeben. Vergleichen Sie das Geheimnis und starten Sie die Fehlersuche, die die üblichen Alternativen ausprobiert.
diagnosed-hotp-match = Der Code ist richtig: Es ist der Code zum Zählerstand { $counter }, { $ahead } vor dem Zählerstand { $server } des Servers, innerhalb seiner Vorausschau von { $look_ahead }. Der Server erwartet danach { $next }.
diagnosed-hotp-ahead = Der Code gehört zum Zählerstand { $counter }, { $ahead } vor dem Zählerstand { $server } des Servers: mehr als seine Vorausschau von { $look_ahead } (das Token wurde oft betätigt, ohne sich anzumelden). Synchronisieren Sie den Server neu: Setzen Sie seinen Zähler auf { $next } (die meisten Server tun das anhand zweier aufeinanderfolgender Codes).
diagnosed-hotp-behind = Der Code gehört zum Zählerstand { $counter }, { $behind } hinter dem Zählerstand { $server } des Servers: Er wurde schon verwendet (Server akzeptieren jeden Code nur einmal), oder das Token wurde zurückgesetzt. Nehmen Sie den nächsten Code des Tokens; bleibt er zurück, setzen Sie den Zähler des Tokens auf { $server } oder richten Sie es neu ein.
diagnosed-hotp-no-match = Kein Code innerhalb von { $search ->
    [one] { $search } Zählerstand
   *[other] { $search } Zählerständen
} um den Zählerstand { $server } des Servers passt: Geheimnis oder Parameter (Algorithmus, Stellenzahl) weichen ab, oder der Code wurde falsch eingegeben. Vergleichen Sie das Geheimnis und starten Sie die Fehlersuche, die die üblichen Alternativen ausprobiert.
doctor-fix-run-clock-check = Führen Sie die Uhrprüfung aus: Eine Uhr, die um mehr als das Zeitfenster des Servers abweicht (±3 Min. bei den meisten Servern), lässt jeden Code scheitern.
doctor-fix-retry-clock-check = Wiederholen Sie die Uhrprüfung in einem funktionierenden Netzwerk, oder vergleichen Sie die Uhr des Geräts sekundengenau mit einer zuverlässigen Uhr.
doctor-fix-run-clock-check-briefly = Führen Sie die Uhrprüfung aus.
doctor-fix-retry-clock-check-briefly = Wiederholen Sie die Uhrprüfung in einem funktionierenden Netzwerk.
doctor-fix-clock-fine = Die Uhr dieses Geräts stimmt: Sie ist nicht der Grund, warum Codes abgelehnt werden. Scheitern Codes trotz richtiger Zeit, prüfen Sie die Uhr des VPN-Routers oder -Servers (seine NTP-Einstellungen), die ebenfalls stimmen muss.
doctor-fix-clock-drifting = Die Uhr dieses Geräts { $offset }. Die Codes liegen noch im Zeitfenster des Servers von ±{ $window }, aber mit weniger Spielraum für das Eintippen und für die Abweichung der Serveruhr. Stellen Sie Datum und Uhrzeit dieses Geräts auf automatisch (Netzwerkzeit), oder übernehmen Sie im Token eine Uhrkorrektur von { $correction }.
doctor-fix-clock-fail = Die Uhr dieses Geräts { $offset }, mehr als das Zeitfenster des Servers von ±{ $window }: Der Server wird die Codes dieses Tokens ablehnen. Stellen Sie Datum und Uhrzeit dieses Geräts auf automatisch (Netzwerkzeit), oder übernehmen Sie im Token eine Uhrkorrektur von { $correction }.
doctor-fix-totp-clock = Stellen Sie die Uhr des Geräts über das Netzwerk, oder speichern Sie die vorgeschlagene Korrektur von { $correction }: TOTP-Codes brauchen eine Uhr, die höchstens ±{ $tolerance } s abweicht.
doctor-fix-check-codes = { $result ->
    [exact] Die Prüfcodes stimmen überein: Token und Server haben dasselbe Geheimnis.
    [lowercase] Der andere Prüfcode gehört zu demselben Geheimnis in Kleinbuchstaben: Die beiden Kopien unterscheiden sich nur in der Groß- und Kleinschreibung. mOTP unterscheidet Groß- und Kleinschreibung: Schreiben Sie die Kopie im Token und die des Servers gleich, Buchstabe für Buchstabe (üblich sind Kleinbuchstaben).
    [uppercase] Der andere Prüfcode gehört zu demselben Geheimnis in Großbuchstaben: Die beiden Kopien unterscheiden sich nur in der Groß- und Kleinschreibung. mOTP unterscheidet Groß- und Kleinschreibung: Schreiben Sie die Kopie im Token und die des Servers gleich, Buchstabe für Buchstabe.
   *[different] Die Prüfcodes unterscheiden sich: Token und Server haben verschiedene Geheimnisse (oder ein Prüfcode wurde falsch abgelesen). Geben Sie das Geheimnis im Token nach der Kopie des Servers neu ein und vergleichen Sie es Gruppe für Gruppe, oder setzen Sie auf beiden Seiten ein neues Geheimnis.
}
doctor-fix-compare-check-codes = Vergleichen Sie die Prüfcodes mit Ihrem Administrator: Der des Tokens ist { $check_code } (er verrät nichts, womit sich Codes erzeugen ließen).
doctor-fix-reenter-base32 = Geben Sie das Geheimnis erneut von der Einrichtungsseite des Dienstes ein (oder scannen Sie seinen QR-Code noch einmal); Base32 kennt keine 0, 1, 8 oder 9, daher ist ein als 0 gelesenes O oder ein als 1 gelesenes I ein häufiger Fehler.
doctor-fix-compare-with-enrolment = Vergleichen Sie das Geheimnis mit der Einrichtungsseite des Dienstes.
doctor-fix-compare-base32-check-codes = Wenn Codes scheitern, vergleichen Sie die Prüfcodes mit Ihrem Administrator (der des Tokens ist { $check_code }, berechnet aus dem Geheimnis in Base32-Großbuchstaben ohne Auffüllzeichen).
doctor-fix-type-pin-again = Geben Sie die PIN noch einmal sorgfältig ein. Wurde die PIN auf dem Server geändert, stellen Sie dieselbe neue PIN im Token ein.
doctor-fix-type-pin-for-guard = Prüfen Sie erneut und geben Sie dabei die PIN ein: Der Tippfehlerschutz erkennt 15 von 16 Tippfehlern.
doctor-fix-save-username = Speichern Sie den VPN-Benutzernamen mit dem Token, damit Sie ihn immer zur Hand haben.
doctor-fix-username-without-spaces = Melden Sie sich als „{ $account }“ an, ohne die Leerzeichen, und korrigieren Sie den Namen im Token.
doctor-fix-type-code = Geben Sie den Code so ein, wie er angezeigt wird (6 Zeichen, 0-9 und a-f), solange der Countdown läuft; bleiben nur noch wenige Sekunden, warten Sie auf den nächsten Code.
doctor-fix-diagnose-rejected-code = Wird ein Code abgelehnt, lassen Sie ihn mit der Uhrzeit prüfen, zu der er eingegeben wurde.
doctor-fix-give-enrolment-code = Geben Sie den Code an, den die Einrichtungsseite des Dienstes (oder sein Protokoll) zeigt, mit der Uhrzeit, zu der er angezeigt wurde: Die Fehlersuche findet dann Abweichungen bei Uhr, Zähler und Parametern.
doctor-fix-add-again-with = Fügen Sie das Token erneut hinzu, mit { $alternative } (aus dem QR-Code oder Link des Dienstes, der diese Parameter enthält).
doctor-fix-add-again-from-link = Fügen Sie das Token erneut aus dem QR-Code oder Link des Dienstes hinzu.
doctor-fix-ask-administrator = Scheitern Anmeldungen weiterhin, bitten Sie Ihren Administrator, die Serverseite zu prüfen: die Uhr des Routers, ein nach Fehlversuchen gesperrtes Konto und einen doppelt verwendeten Code (warten Sie auf den nächsten Code).
doctor-step-name = { $step ->
    [clock] Uhr
    [secret] Geheimnis
    [pin] PIN
   *[code] Code
}
doctor-verdict-problem = Die wahrscheinlichste Ursache ist { $cause ->
    [clock] die Uhr
    [secret] das Geheimnis
    [pin] die PIN oder der Benutzername
   *[code] der Code
}: { $detail }
doctor-verdict-warning = Keine eindeutige Ursache gefunden; die erste Warnung in der Reihenfolge der Anleitung: { $detail }
doctor-verdict-skipped = Nichts Geprüftes ist falsch, aber einige Schritte wurden übersprungen ({ $steps }).
doctor-verdict-in-order = Alles Geprüfte ist in Ordnung.

## Settings
settings-title = Einstellungen
settings-lock-background = Nach so vielen Minuten im Hintergrund sperren
settings-lock-inactivity = Nach so vielen Minuten ohne Berührung sperren
settings-clipboard = Kopierte Codes nach so vielen Sekunden löschen
settings-device-key = Mit dem Geräteschlüssel entsperren
settings-change-password = Passwort ändern

## Controls (buttons, fields, menus: AppView.labels)
label-back = Zurück
label-cancel = Abbrechen
label-close = Schließen
label-dismiss = Ausblenden
label-next = Weiter
label-save = Speichern
label-delete = Löschen
label-add-token = Token hinzufügen
label-lock = Sperren
label-search = Suchen
label-all-groups = Alle Gruppen
label-show-code = Code anzeigen
label-scan-qr = QR-Code scannen
label-scanning-hint = Richten Sie die Kamera auf den QR-Code.
label-stop-scanning = Scannen beenden
label-choose-picture = Aus einem Bild importieren
label-uri = Link (otpauth:// oder motp://)
label-add-from-uri = Aus diesem Link hinzufügen
label-issuer = Aussteller (Firma oder Server)
label-account = Konto (Benutzername)
label-secret = Geheimnis
label-add-typed-secret = Dieses Geheimnis hinzufügen
label-generate-secret = Neues Geheimnis erzeugen
label-pin = PIN
label-confirm-add = Hinzufügen
label-note = Notiz
label-group = Gruppe
label-favourite = Favorit
label-tolerance = Toleranz des Servers (Sekunden)
label-reveal-secret = Geheimnis und QR-Code zeigen
label-hide-secret = Geheimnis verbergen
label-check-code = Prüfcode
label-export-password = Passwort für die Sicherung
label-import-file = Sicherung importieren…
label-import-password = Passwort der Sicherung
label-open-import = Öffnen
label-confirm-import = Importieren
label-keep-pins = In der Sicherung gespeicherte PINs übernehmen
label-choose-backup-folder = Ordner für automatische Sicherungen wählen
label-check-clock = Uhr prüfen
label-apply-correction = Korrektur übernehmen
label-clear-correction = Korrektur entfernen
label-doctor-token = Token
label-doctor-pin = PIN, wie Sie sie beim Anmelden eingeben
label-doctor-code = Ein Code, den der Server abgelehnt hat
label-doctor-admin-check-code = Prüfcode des Servers (von Ihrer Administration)
label-run-doctor = Ursache finden
label-show-check-code = Prüfcode anzeigen
label-current-password = Aktuelles Passwort
label-new-password = Neues Passwort
label-new-password-confirmation = Neues Passwort wiederholen
device-key-locked-out = zu viele Fehlversuche; entsperren Sie das Telefon zuerst mit seinem Code
device-key-not-interactive = die App war nicht im Vordergrund, als sie fragte
device-key-not-available = biometrisches Entsperren ist für diese App ausgeschaltet oder gerade nicht verfügbar

## Errors (by code)
error-locked = Der Tresor ist gesperrt. Entsperren Sie ihn zuerst.
error-busy = Bitte warten Sie, bis die laufende Aufgabe fertig ist.
error-not-available = Das ist auf diesem Bildschirm nicht verfügbar.
error-unknown-token = Dieses Token ist nicht mehr im Tresor.
error-wrong-password = Falsches Passwort. Prüfen Sie es und versuchen Sie es erneut.
error-password-empty = Geben Sie ein Passwort ein.
error-passwords-differ = Die beiden Passwörter unterscheiden sich. Geben Sie zweimal dasselbe Passwort ein.
error-device-key-cancelled = Das Entsperren mit dem Geräteschlüssel wurde abgebrochen. Verwenden Sie Ihr Passwort oder versuchen Sie es erneut.
error-device-key-invalidated = Der Schlüssel dieses Geräts ist nicht mehr gültig. Entsperren Sie mit Ihrem Passwort.
error-device-key-failed = Der Geräteschlüssel konnte nicht verwendet werden ({ $detail }). Entsperren Sie mit Ihrem Passwort.
error-no-device-key = Dieser Tresor hat keinen Geräteschlüssel für dieses Gerät. Entsperren Sie mit Ihrem Passwort.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Dieses Geheimnis ist nicht verwendbar: { $detail }.
}
error-pin-invalid = Diese PIN ist nicht verwendbar: { $detail }.
error-pin-required = Geben Sie zuerst die PIN ein.
error-uri-invalid = Das ist kein lesbarer Token-Link: { $detail }.
error-uri-not-motp = Dieser QR-Code oder Link enthält ein Token, das diese App nicht verwenden kann: { $detail }.
error-name-invalid = Prüfen Sie den Namen: { $detail }.
error-note-invalid = Prüfen Sie die Notiz: { $detail }.
error-qr-invalid = Das Bild konnte nicht gelesen werden: { $detail }.
error-duplicate = Dieses Token ist schon im Tresor.
error-import-password-required = Diese Sicherung ist verschlüsselt. Geben Sie ihr Passwort ein.
error-import-wrong-password = Falsches Passwort für diese Sicherung. Verwenden Sie das Passwort, das beim Erstellen der Sicherung gewählt wurde, keine PIN.
error-import-unreadable = Diese Datei kann nicht importiert werden: { $detail }.
error-export-failed = Der Export konnte nicht erstellt werden: { $detail }.
error-vault-changed-elsewhere = Der Tresor wurde anderswo geändert (anderes Fenster oder Gerät). Sperren und entsperren Sie ihn, dann versuchen Sie es erneut.
error-vault-busy = Ein anderes Programm speichert gerade den Tresor. Versuchen Sie es gleich noch einmal.
error-vault-io = Der Tresor konnte nicht gelesen oder geschrieben werden: { $detail }.
error-vault-damaged = Die Tresordatei ist beschädigt: { $detail }.
error-vault-newer-version = Dieser Tresor stammt von einer neueren Version von mOTP Token. Aktualisieren Sie die App.
error-vault-not-found = Hier gibt es keinen Tresor.
error-vault-exists = Hier gibt es schon einen Tresor.
error-last-slot = Das ist der letzte Zugang zum Tresor und kann nicht entfernt werden. Fügen Sie zuerst ein Passwort oder einen Geräteschlüssel hinzu.
error-clock-failed = { $reason ->
    [not-found] Die Uhr konnte nicht geprüft werden: Der Zeitserver { $server } wurde nicht gefunden. Prüfen Sie, ob das Telefon online ist.
    [timeout] Die Uhr konnte nicht geprüft werden: Der Zeitserver { $server } hat nicht rechtzeitig geantwortet. Prüfen Sie, ob das Telefon online ist (manche WLANs sperren Zeitserver; versuchen Sie mobile Daten), und versuchen Sie es erneut.
    [unreachable] Die Uhr konnte nicht geprüft werden: Der Zeitserver { $server } ist nicht erreichbar. Prüfen Sie, ob das Telefon online ist, und versuchen Sie es erneut.
    [refused] Die Uhr konnte nicht geprüft werden: Der Zeitserver { $server } hat die Antwort verweigert. Versuchen Sie es später erneut.
    [unsynchronized] Die Uhr konnte nicht geprüft werden: Der Zeitserver { $server } kennt die Uhrzeit selbst nicht. Versuchen Sie es später erneut.
   *[bad-reply] Die Uhr konnte nicht geprüft werden: Der Zeitserver { $server } hat eine ungültige Antwort geschickt. Versuchen Sie es später erneut.
}
error-clock-server-invalid = Dieser Zeitserver ist nicht verwendbar: { $detail }.
error-check-code-invalid = Ein Prüfcode hat 6 Zeichen, 0-9 und a-f, etwa a1b 2c3.
error-code-invalid = Ein Code hat 6 Zeichen, 0-9 und a-f, etwa 6ed 4e4.
error-file-failed = Die Datei konnte nicht gespeichert oder geöffnet werden: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] Die App darf die Kamera nicht verwenden. Erlauben Sie es in den Systemeinstellungen, oder fügen Sie den Link ein oder tippen Sie das Geheimnis ab.
    [missing] Dieses Gerät hat keine Kamera, die die App verwenden kann. Fügen Sie den Link ein oder tippen Sie das Geheimnis ab.
   *[failed] Die Kamera ist nicht gestartet (vielleicht verwendet eine andere App sie). Versuchen Sie es erneut, oder fügen Sie den Link ein oder tippen Sie das Geheimnis ab.
}
error-setting-invalid = Dieser Wert ist zu groß; höchstens { $max }.
error-other = Etwas ist schiefgegangen: { $detail }.

## Die Befehlszeile (motp-cli): der Rahmen um die Befunde der Prüfung
cli-doctor-title = Prüfung von { $name } (Anmeldung als „{ $account }“)
cli-doctor-fix = Abhilfe: { $fix }
cli-doctor-verdict = Ergebnis:   { $verdict }
cli-doctor-what-to-do = Zu tun:     { $fix }
cli-doctor-check-code = Prüfcode:   { $code } (vergleichen Sie ihn mit dem des Administrators; er verrät nichts, womit sich Codes erzeugen lassen)

## Die Liste: Sortieren, verborgene Codes, Papierkorb

sort-manual = Manuell
sort-name = Nach Name
sort-issuer = Nach Aussteller
sort-last-used = Zuletzt verwendet
list-undo-deleted = { $name } in den Papierkorb verschoben
list-trash-link = Papierkorb ({ $count })
notice-token-restored = Token wiederhergestellt
trash-title = Papierkorb
trash-explanation = Gelöschte Tokens bleiben hier { $days } Tage und werden danach endgültig gelöscht.
trash-purge-in = { $days ->
    [one] Endgültig gelöscht in { $days } Tag
   *[other] Endgültig gelöscht in { $days } Tagen
}
trash-empty = Der Papierkorb ist leer.
label-sort-by = Sortieren nach
label-undo = Rückgängig
label-restore = Wiederherstellen
label-delete-for-good = Endgültig löschen
label-hide-codes = Codes bis zum Antippen verbergen
label-reveal-code = Zum Anzeigen antippen
label-reorder = Zum Umsortieren ziehen
# ---- icon packs ----
label-import-icon-pack = Symbolpaket importieren…
busy-icon-pack = Das Symbolpaket wird importiert…
settings-icon-pack = Symbolpaket: { $name }, Version { $version }, { $count ->
    [one] { $count } Symbol
   *[other] { $count } Symbole
}
settings-no-icon-pack = Kein Symbolpaket: Importieren Sie ein Aegis-Symbolpaket (eine .zip-Datei), um Symbole neben Ihren Tokens zu zeigen.
notice-icon-pack-imported = Symbolpaket importiert: { $count ->
    [one] { $count } Symbol
   *[other] { $count } Symbole
}
error-icon-pack = { $problem ->
    [not-zip] Diese Datei ist kein Symbolpaket: Sie ist kein ZIP-Archiv oder beschädigt.
    [too-large] Dieses Symbolpaket ist zu groß: höchstens { $mib } MiB.
    [too-many-files] Dieses Symbolpaket enthält zu viele Dateien: höchstens { $max }.
    [no-pack-json] Dies ist kein Aegis-Symbolpaket: Es hat keine pack.json auf oberster Ebene.
    [pack-json-too-large] Die pack.json dieses Symbolpakets ist zu groß: höchstens { $mib } MiB.
    [pack-json-invalid] Die pack.json dieses Symbolpakets kann nicht gelesen werden: { $detail }.
    [no-icons] Dieses Symbolpaket enthält keine Symbole.
    [too-many-icons] Dieses Symbolpaket enthält zu viele Symbole: höchstens { $max }.
    [unsafe-name] Dieses Symbolpaket wurde abgelehnt: Der Name „{ $name }“ zeigt aus dem Paket hinaus.
    [missing-icon] Dieses Symbolpaket ist unvollständig: „{ $name }“ fehlt.
    [not-a-picture] Dieses Symbolpaket wurde abgelehnt: „{ $name }“ ist kein SVG-, PNG- oder JPEG-Bild.
    [icon-too-large] Dieses Symbolpaket wurde abgelehnt: „{ $name }“ ist größer als { $mib } MiB.
    [total-too-large] Dieses Symbolpaket wurde abgelehnt: Seine Symbole sind entpackt größer als { $mib } MiB.
    [unreadable] Dieses Symbolpaket ist beschädigt: „{ $name }“ kann nicht entpackt werden.
   *[other] Das Symbolpaket konnte nicht gespeichert werden: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Synchronisiere…
sync-title = Synchronisierung
sync-explanation = Halten Sie diesen Tresor auf allen Ihren Geräten gleich, über einen WebDAV-Server, den Sie schon nutzen (Nextcloud, ownCloud, ein NAS). Der Tresor bleibt verschlüsselt: Der Server sieht nie ein Geheimnis.
sync-url-label = Adresse der Tresordatei auf dem Server
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Benutzername
sync-password-label = Serverpasswort (bei Nextcloud ein App-Passwort)
sync-set-up = Synchronisierung einrichten
sync-now = Jetzt synchronisieren
sync-turn-off = Synchronisierung ausschalten
sync-never = Noch nicht synchronisiert.
sync-last-ok = { $minutes ->
    [0] Gerade eben synchronisiert.
   *[other] Vor { $minutes } Min. synchronisiert.
}
sync-last-failed = { $minutes ->
    [0] Die letzte Synchronisierung, gerade eben, ist fehlgeschlagen: { $reason }
   *[other] Die letzte Synchronisierung, vor { $minutes } Min., ist fehlgeschlagen: { $reason }
}
sync-password-changed = Das Tresorpasswort wurde auf einem anderen Gerät geändert. Geben Sie das neue Passwort einmal ein, um es auch hier zu verwenden; bis dahin öffnet dieses Gerät mit dem alten.
sync-new-password-label = Das neue Tresorpasswort
sync-adopt-password = Neues Passwort verwenden
list-password-changed-elsewhere = Das Tresorpasswort wurde auf einem anderen Gerät geändert: Geben Sie es in den Einstellungen ein.
notice-synced = Mit Ihren anderen Geräten synchronisiert: { $added } hinzugefügt, { $changed } geändert, { $removed } entfernt.
notice-sync-up-to-date = Synchronisiert: Alles ist auf dem neuesten Stand.
notice-sync-password-changed = Das Tresorpasswort wurde auf einem anderen Gerät geändert. Geben Sie es einmal in den Einstellungen ein.
error-sync-failed = { $problem ->
    [address] Diese Synchronisierungsadresse ist nicht verwendbar: { $detail }.
    [not-set-up] Dieser Tresor ist mit keinem Synchronisierungsserver verbunden. Richten Sie einen in den Einstellungen ein.
    [refused] Der Server hat Benutzername oder Passwort abgelehnt. Prüfen Sie beides; bei Nextcloud ein App-Passwort verwenden.
    [server] Der Server hat mit einem Fehler geantwortet (HTTP { $status }). Ihre Änderungen sind auf diesem Gerät gespeichert; synchronisieren Sie später erneut.
    [no-etag] Dieser Server kann Geräte nicht sicher gleich halten (er liefert kein ETag). Verwenden Sie einen WebDAV-Server wie Nextcloud oder ownCloud.
    [other-vault] Die Datei unter der Adresse ist ein anderer Tresor; sie wurde weder zusammengeführt noch überschrieben. Wählen Sie eine andere Adresse.
    [race] Andere Geräte haben den Tresor gleichzeitig geschrieben. Ihre Änderungen sind gespeichert und zusammengeführt; synchronisieren Sie gleich erneut.
    [unreachable] Der Server ist nicht erreichbar. Prüfen Sie Netz und Adresse; Ihre Änderungen sind auf diesem Gerät gespeichert und werden später synchronisiert.
    [certificate] Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet. Beheben Sie das Zertifikat des Servers oder installieren Sie seine Zertifizierungsstelle auf diesem Gerät.
    [timed-out] Der Server hat nicht rechtzeitig geantwortet. Ihre Änderungen sind auf diesem Gerät gespeichert; synchronisieren Sie später erneut.
    [too-large] Der Server hat eine Datei geschickt, die zu groß für einen Tresor ist. Prüfen Sie die Adresse.
    [no-vault] Unter dieser Adresse liegt noch kein Tresor. Richten Sie die Synchronisierung zuerst auf dem Gerät mit Ihren Tokens ein und verwenden Sie dann hier dieselbe Adresse.
   *[transport] Die Synchronisierung hat den Server nicht erreicht: { $detail }. Ihre Änderungen sind auf diesem Gerät gespeichert.
}
join-title = Nutzen Sie mOTP Token schon auf einem anderen Gerät?
join-explanation = Verwenden Sie den Tresor, den es auf Ihrem Synchronisierungsserver hält: Dieses Gerät erhält dieselben Tokens und bleibt mit den anderen gleich.
join-vault-password-label = Das Tresorpasswort (wie auf Ihrem anderen Gerät festgelegt)
join-button = Diesen Tresor verwenden
notice-joined = Dieses Gerät verwendet jetzt den Tresor von Ihrem Synchronisierungsserver.
history-part = { $part ->
    [issuer] Anbieter
    [account] Konto
    [note] Notiz
    [group] Gruppe
    [favourite] Favorit
    [icon] Symbol
    [tolerance] „verwenden innerhalb“ (Sekunden)
   *[other] Wert
}
detail-history-version = { $origin ->
    [other] Auch auf einem anderen Gerät geändert (die Änderung dieses Geräts wurde behalten). Dort { $part }: { $value }
   *[here] Auf einem anderen Gerät geändert. Früher { $part }: { $value }
}
detail-history-restore = Wiederherstellen
history-value-empty = (leer)
history-value-yes = ja
history-value-no = nein
backup-versions-show = Automatische Sicherung wiederherstellen
backup-version = { $time }: { $tokens }
backup-version-reading = wird gelesen…
backup-version-tokens = { $count ->
    [one] 1 Token
   *[other] { $count } Tokens
}
backup-version-unreadable = nicht lesbar (beschädigt oder aus einem anderen Tresor)
backup-version-merge = Zusammenführen
backup-version-restore = So wiederherstellen, wie sie war
backup-version-confirm-restore = Den Tresor so zurücksetzen, wie diese Sicherung ihn enthielt? Seitdem hinzugefügte Tokens kommen in den Papierkorb (30 Tage aufbewahrt), gelöschte kehren zurück, und Namen werden zurückgesetzt, auf jedem synchronisierten Gerät.
notice-backup-taken = Sicherung wiederhergestellt: { $added } hinzugefügt, { $changed } geändert, { $removed } in den Papierkorb.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Bildschirm scannen
label-paste-picture = Bild einfügen
label-this-computer = den Schlüsselbund dieses Computers
label-screen-capture-failed = Der Bildschirm konnte nicht aufgenommen werden.
label-long-secret = 32 Zeichen (DrayTek, privacyIDEA)
