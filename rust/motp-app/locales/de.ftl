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

## The list
list-title = Tokens
list-empty = Noch keine Tokens. Fügen Sie eines mit der Schaltfläche + hinzu.
list-no-match = Kein Token passt zu Ihrer Suche.
list-enter-pin = PIN eingeben
list-copy-label = Code von { $name } kopieren
list-copied = Code kopiert
list-use-within = Innerhalb von { $seconds } s verwenden
list-wait-next = Warten Sie auf den nächsten Code
list-typo-warning = Diese PIN stimmt nicht mit der für dieses Token eingerichteten überein. Prüfen Sie sie vor der Anmeldung: Ein falscher Code zählt als Fehlversuch.
list-offer-reenrol = Der Geräteschlüssel wurde abgeschaltet, weil er nicht mehr gültig ist. Schalten Sie ihn in den Einstellungen wieder ein.
list-next-code = Nächster Code
list-kind-unsupported = Dieses { $kind }-Token braucht eine neuere Version der App.
kind-totp = TOTP, { $digits } Ziffern alle { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } Ziffern, einer pro Tippen ({ $algorithm })

## Adding a token
add-title = Token hinzufügen
add-warning-pin-in-uri = Der QR-Code enthält auch eine PIN. Behalten Sie sie nur, wenn die PIN auf diesem Gerät gespeichert werden soll.
add-generated-instructions = Geben Sie dieses Geheimnis genau so am VPN-Router oder -Server ein, oder lassen Sie den Administrator den QR-Code scannen.
add-duplicate-same-secret = Dasselbe Geheimnis wie „{ $name }“
add-duplicate-same-name = Derselbe Aussteller und dasselbe Konto wie „{ $name }“
add-anyway = Trotzdem hinzufügen
pin-policy-ask = Jedes Mal nach der PIN fragen
pin-policy-ask-guard = Jedes Mal fragen und vor Tippfehlern warnen
pin-policy-remember = PIN auf diesem Gerät speichern

## Secret warnings
secret-warning-not-hex = Das Geheimnis ist nicht hexadezimal (0-9, a-f). Vergleichen Sie es mit der Kopie des Servers.
secret-warning-uppercase = Das Geheimnis enthält Großbuchstaben. mOTP unterscheidet Groß- und Kleinschreibung: Es muss Buchstabe für Buchstabe mit der Kopie des Servers übereinstimmen.
secret-warning-unusual-length = Das Geheimnis ist { $length } Zeichen lang; mOTP-Geheimnisse haben meist 16 oder 32. Prüfen Sie, dass keines fehlt oder zu viel ist.
secret-warning-short = Das Geheimnis ist nur { $length } Zeichen lang; empfohlen sind 16 oder mehr.

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
error-secret-invalid = Dieses Geheimnis ist nicht verwendbar: { $detail }.
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
error-clock-failed = Die Uhr konnte nicht geprüft werden: { $detail }.
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
